class R:
    def __round__(self, *args):
        return ('round', args)
print(round(R()))
print(round(R(), 2))
print(round(R(), None))
print(round(R(), ndigits=-1))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(-0.5))
print(round(2.675, 2), round(1.25, 1), round(-1.35, 1))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1))
print(round(5, 0), round(5, 3), round(True), round(True, 2))
print(round(1e300, -300), round(1.5e-300, 300))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3))
print(round(float('inf'), 2), round(float('nan'), 1))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round("1.5")
except Exception as e:
    print(type(e).__name__, e)
try:
    round(1.5, "2")
except Exception as e:
    print(type(e).__name__, e)
try:
    round(1.5, 2.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    round()
except Exception as e:
    print(type(e).__name__, e)
try:
    round(1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(round(2.345, I()))
print(round(10**20 + 7, -1))
print(round(0.0, 5), round(-0.0), round(-0.0, 1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
import fractions, decimal
print(round(fractions.Fraction(7, 2)), round(fractions.Fraction(22, 7), 3))
print(round(decimal.Decimal('2.675'), 2), round(decimal.Decimal('2.5')))
class NoRound:
    pass
try:
    round(NoRound())
except Exception as e:
    print(type(e).__name__, e)
try:
    round(NoRound(), 2)
except Exception as e:
    print(type(e).__name__, e)
print(round(1.23456789e15, -10), round(2**63 + 0.0, -5))
