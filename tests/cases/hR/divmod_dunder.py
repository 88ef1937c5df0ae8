class D:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(divmod(D(), 3))
print(divmod(3, D()))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5), divmod(-0.0, 1))
print(divmod(10**25, 7), divmod(-10**25, 7))
print(divmod(True, 2), divmod(5, True))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), ("a", 1), (1, "a"), (1j, 1), (None, None)]:
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    divmod(1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
print(divmod(float('inf'), 3))
print(divmod(3, float('inf')), divmod(-3, float('inf')))
class Sub(int):
    def __rdivmod__(self, other):
        return 'sub wins'
print(divmod(7, Sub(2)))
import fractions
print(divmod(fractions.Fraction(7, 2), 1))
class NI:
    def __divmod__(self, o):
        return NotImplemented
try:
    divmod(NI(), 1)
except Exception as e:
    print(type(e).__name__, e)
print(7 // 2, 7 % 2, -7 // 2, -7 % 2, 7.0 // 2, -7.0 % 2)
