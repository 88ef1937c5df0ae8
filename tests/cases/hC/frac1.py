from fractions import Fraction as F
import math
print(F(3, 6), repr(F(3, 6)), F("1/3"), F("-2.5"), F(0.5), F("1e-3"), F(1.1).limit_denominator(100), F(math.pi).limit_denominator(1000))
print(F(1, 3) + F(1, 6), F(1, 2) * 4, F(1, 2) / F(3, 4), F(7, 2) // 1, F(7, 2) % 1, F(-7, 2) // 2, F(2, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2)
print(F(1, 3) + 0.5, 1 - F(1, 3), F(1, 2) == 0.5, F(1, 3) < 0.34, float(F(1, 3)), int(F(-7, 2)), round(F(7, 2)), round(F(5, 2)), round(F(1, 3), 2), math.floor(F(-1, 2)), math.ceil(F(1, 2)))
print(F(3, 4).numerator, F(3, 4).denominator, F(6, -8), F(0, 5), F(5).as_integer_ratio(), abs(F(-1, 2)), hash(F(1, 2)) == hash(0.5))
for bad in [("1/0",), (1, 0), ("abc",), ("1/2/3",), (1.5, 2)]:
    try:
        F(*bad)
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print(e)
print(f"{F(1, 3)}", str(F(4, 1)), F(10, 4).limit_denominator(1), divmod(F(7, 3), F(1, 2)), F(1, 3) + 1j)
print(F.from_float(0.1), F.from_decimal(__import__('decimal').Decimal("1.25")), sum(F(1, n) for n in range(1, 6)))
print(sorted([F(1, 2), F(1, 3), 0.4]), F(1, 2) > F(1, 3), max(F(1, 3), 0.3))
print(F(" 3/4 "), F("-0.75"), F("+7"), F(F(1, 2), F(1, 3)))
