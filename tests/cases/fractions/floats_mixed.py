# Fractions mixed with floats, complex numbers and big values; format() behaviour in 3.11.
from fractions import Fraction as F
import math

state = [77]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


for i in range(150):
    a = F(rnd(2000) - 1000, 1 + rnd(999))
    b = (rnd(20000) - 10000) / (1 + rnd(97))
    out = [a + b, b - a, a * b, a / b if b else 'zero', b ** 2 < a, a == b, hash(a),
           float(a), a.limit_denominator(1 + rnd(50)), round(a, rnd(4)), round(a), a > b,
           F(b), F(b) == b, hash(F(b)) == hash(b), F(str(b)), math.floor(a * 7)]
    print(i, a, b, out)
print(F(1, 3) + 1j, 1j * F(2, 3), F(1, 2) ** 0.5, (-8) ** F(1, 3), F(-8) ** F(1, 3))
print(format(F(3, 4)), format(F(3, 4), ''), str(F(10**30, 7)), '%s %r' % (F(1), F(-1, 2)))
try:
    format(F(1, 2), '.2f')
except TypeError as e:
    print('TypeError', e)
print(float(F(10**400, 3 * 10**399)), F(2**1100, 3) > 1e300, F(-(2**1100), 3) < -1e308)
try:
    float(F(10**400))
except OverflowError as e:
    print('OverflowError', e)
print(F(1, 3) < math.inf, F(1, 3) > -math.inf, F(1, 3) == math.nan, F(1, 3) < math.nan)
print(int(F(-7, 2)), int(F(7, 2)), F(7, 2).__trunc__(), math.trunc(F(-7, 2)))
print(sorted([F(1, 3), 0.3, 1, F(-1), -0.5, F(2, 7)], reverse=True))
