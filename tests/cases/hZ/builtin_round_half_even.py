for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1e20, 5e-324, -0.0):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for n in (5, 15, 25, -25, 1250, 1350, 10**20 + 5 * 10**18):
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), round(n, -19))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)), round(True), type(round(True)))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(round(float("inf"), 2), round(float("nan"), 1), round(1.23456, None), round(1e300, 2))
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 3))
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 3), 2), round(Decimal("2.5")), round(Decimal("2.675"), 2))
