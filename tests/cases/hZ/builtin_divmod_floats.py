for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e308, 1e-308), (0.0, 5), (-0.0, 5), (5, 0.5), (1, float("inf")), (-1, float("inf"))):
    print(a, b, divmod(a, b), a // b, a % b)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
print(divmod(float("inf"), 1), divmod(float("nan"), 2), 3 % -0.5, -0.0 % 1.0, 0.1 % 0.01)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
import math
print(math.fmod(-7.5, 2), math.remainder(7.5, 2), math.modf(-2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
