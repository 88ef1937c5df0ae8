# Fraction arithmetic with large, shared and negative denominators (exact results and signs).
from fractions import Fraction as F
import itertools
import random

rng = random.Random(2024)
vals = [F(rng.randint(-50, 50), rng.randint(1, 60)) for _ in range(60)] + [F(0), F(-3), F(7, -21), 2, -5]
acc_add = F(0)
acc_sub = F(0)
acc_mul = F(1)
for a, b in itertools.product(vals[:25], repeat=2):
    acc_add += a + b
    acc_sub += a - b - (b - a)
    if a and b:
        q = a / b
        acc_mul *= (q if abs(q.numerator) < 40 else F(1))
        assert q * b == a, (a, b)
for a, b in itertools.combinations(vals, 2):
    for r in (a + b, a - b, a * b, b - a):
        assert r.denominator > 0
        assert F(r.numerator, r.denominator) == r
print(acc_add, acc_sub, acc_mul.numerator.bit_length(), acc_mul.denominator.bit_length())
print(F(1, 6) + F(1, 10), F(1, 6) - F(1, 10), F(-1, 6) * F(-9, 10), F(4, 9) / F(-2, 3), F(-4, 9) / F(-2, 3), 3 / F(-6, 5), F(5, 4) - 1, 1 - F(5, 4))
h = sum(F(1, n) for n in range(1, 200))
print(h.numerator % 10 ** 12, h.denominator % 10 ** 12, len(str(h.denominator)), float(h))
e = sum(F(3 * i, 7 * (i + 1)) for i in range(1, 1500))
print(e.numerator.bit_length(), e.denominator.bit_length(), float(e), e.denominator % 1000003)
p = F(1)
for n in range(2, 300):
    p *= F(n * n - 1, n * n)
print(p, p * F(2 * 299, 300))
print(F(2, 3) / F(4, 9) / F(3, 2), F(-7, 3) * 0, F(0) / F(-5), repr(F(10, 4) * F(-2, 5)), F(3, 4) * F(4, 3) == 1)
try:
    F(3, 4) / F(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    F(-3, 4) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
