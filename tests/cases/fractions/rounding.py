from fractions import Fraction as F
import math

for f in [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(10, 3), F(-10, 3),
          F(0), F(4), F(-4), F(3, 2), F(-3, 2), F(123456789, 1000)]:
    print(repr(f), math.floor(f), math.ceil(f), math.trunc(f), int(f), round(f),
          repr(round(f, 0)), repr(round(f, 2)), repr(round(f, -1)), repr(round(f, 1)),
          type(round(f)).__name__, float(f))

print(repr(round(F(25, 100), 1)), repr(round(F(35, 100), 1)), repr(round(F(15, 1), -1)),
      repr(round(F(25), -1)))
print(F(3, 4).__floor__(), F(3, 4).__ceil__(), F(-3, 4).__trunc__())
print(complex(F(1, 4)), float(F(10**400, 10**399)), float(F(1, 3)))
