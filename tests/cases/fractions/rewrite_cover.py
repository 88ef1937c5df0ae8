# Coverage for the fractions rewrite: parsing, limit_denominator, mixed types, hashing, errors.
from fractions import Fraction as F
from decimal import Decimal
import math


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


for text in ['3/4', ' -7 ', '+1_000/3_0', '.5e-2', '3.', '1_0.2_5E1_0', '2e+3', '-0.125',
             '1e', '1/-2', '+.e1', '1.5/2', '1__0', '_1', '1/0', '-1/0', '1.dd', 'e5', '']:
    attempt(repr(text), lambda: F(text))
print(F(10, -4), F(F(1, 3), F(2, 5)), F(0.375), F(Decimal('-2.50')), F(-6, 4).as_integer_ratio())
attempt('F(1.5, 2)', lambda: F(1.5, 2))
attempt('F([])', lambda: F([]))
attempt('F(1, 0)', lambda: F(1, 0))
attempt('F(nan)', lambda: F(float('nan')))
attempt('F(inf)', lambda: F(float('inf')))
attempt('from_float str', lambda: F.from_float('1'))
attempt('from_decimal float', lambda: F.from_decimal(1.5))
print(F.from_float(0.1), F.from_float(7), F.from_decimal(Decimal('1.1')), F.from_decimal(3))
pi = F(math.pi)
for m in (1, 2, 7, 10, 100, 113, 1000, 10 ** 6):
    print(m, pi.limit_denominator(m), F(1, 3).limit_denominator(m), F(-355, 113).limit_denominator(m))
print(F(3, 8).limit_denominator(4), F(5, 8).limit_denominator(4), F(1, 2).limit_denominator(1))
attempt('limit 0', lambda: F(1, 3).limit_denominator(0))
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b), a ** 2, b ** -3)
print(a + 1, 1 - a, 2 * a, 3 / a, 7 // a, 7 % a, divmod(7, a), 2 ** a, a ** 0.5, a ** F(1, 2))
print(a + 0.25, 0.5 * a, a / 2.0, a + 1j, 1j * a, a ** -1, F(-2, 3) ** -2, F(0) ** 0)
attempt('zero div', lambda: a / 0)
attempt('zero div neg', lambda: -a / F(0))
attempt('zero div zero', lambda: F(0) / 0)
attempt('rdiv zero', lambda: 1 / F(0))
attempt('zero pow', lambda: F(0) ** -1)
attempt('decimal add', lambda: a + Decimal(1))
attempt('decimal radd', lambda: Decimal(1) + a)
attempt('str add', lambda: a + 'x')
print(a == 0.75, a == Decimal('0.75'), F(1, 2) == 0.5 + 0j, a < 1, a > 0.7, a <= F(3, 4), b >= -1)
print(F(1) == 1, F(5, 1) == 5.0, a != a, a < float('inf'), a > float('-inf'), a == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(-1)), hash(F(1, 3)),
      hash(F(10 ** 30, 7)), hash(F(1, (1 << 61) - 1)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2))
print(math.floor(b), math.ceil(b), math.trunc(b), int(b), float(b), bool(F(0)), complex(a))
print(str(F(4, 2)), repr(F(4, 2)), format(a), f'{a!s:>8}', F(7, 3).numerator, F(7, 3).denominator)
import copy
print(copy.copy(a) is a, copy.deepcopy(a) == a, a.__reduce__())
