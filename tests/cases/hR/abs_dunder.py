class A:
    def __abs__(self):
        return "absolute"
class B:
    def __abs__(self):
        return -5
class C:
    pass
class N(int):
    def __abs__(self):
        return 99
print(abs(A()))
print(abs(B()))
print(abs(N(-3)), abs(-N(3)))
print(abs(-0.0), abs(float('-inf')), abs(float('nan')))
print(abs(-10**30), abs(True), abs(False))
print(abs(3+4j), abs(-1j), abs(complex(-0.0, 0.0)))
for v in [C(), "x", None, [1], (lambda: 0)]:
    try:
        abs(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    abs()
except Exception as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    abs(x=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except Exception as e:
    print(type(e).__name__, e)
import fractions, decimal
print(abs(fractions.Fraction(-3, 4)), abs(decimal.Decimal('-1.50')))
class D:
    __abs__ = None
try:
    abs(D())
except Exception as e:
    print(type(e).__name__, e)
