import math
from fractions import Fraction
from decimal import Decimal, getcontext

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

f1000 = fib(1000)
print(f1000)
print(len(str(f1000)), sum(map(int, str(f1000))), f1000 % 1_000_000_007, f1000.bit_length())
fact = math.factorial(500)
s = str(fact)
print(len(s), len(s) - len(s.rstrip("0")), s[:20], sum(int(c) for c in s))
print(2**1000 - 1 == int("1" * 1000, 2), hex(2**128 - 1), oct(3**40), bin(10**20)[:20])
print(pow(7, 10**18, 10**9 + 7), pow(2, -1, 97), pow(-3, 3), pow(2.0, 0.5))
print(divmod(10**30 + 7, 10**15), divmod(-(10**30), 7), (-(10**30)) // 7, (-(10**30)) % 7)
print(math.isqrt(10**60 + 12345), math.gcd(fib(300), fib(200)), fib(100) == fib(99) + fib(98))
print(int.from_bytes((2**100).to_bytes(13, "big"), "big"), (2**100).to_bytes(13, "little").hex())
try:
    (2**100).to_bytes(4, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    len(range(2**100))
except OverflowError as e:
    print(type(e).__name__, e)
r = range(2**100)
print(r[-1], r[2**99], 2**99 in r, r.count(5), r.index(2**64))
print(range(0, 2**80, 2**70)[3:5], len(range(0, 2**80, 2**70)))

def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 10000), key=collatz_len), collatz_len(27))

def digits_sum_power(b, e):
    return sum(map(int, str(b ** e)))
print(digits_sum_power(2, 1000), digits_sum_power(99, 99))
print(Fraction(fib(50), fib(49)), float(Fraction(fib(50), fib(49))), (1 + 5 ** 0.5) / 2)
print(Fraction(1, 3) + Fraction(1, 6), Fraction("3.1415"), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(sum(Fraction(1, n) for n in range(1, 21)))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.20"))
getcontext().prec = 28
print(Decimal("0.1") * 3, Decimal(0.1), Decimal("1e-3").quantize(Decimal("0.01")), round(Decimal("2.675"), 2))
print(f"{2**200:,}", f"{2**64:_x}", f"{-(10**25):>40}", f"{10**25:e}", f"{fact:.3e}")
print(int(str(2**3000)) == 2**3000, hash(2**100) == hash(2**100 % (2**61 - 1)))
print(sorted([2**65, -2**65, 0, 2**64, 1.5e19]), max(2**100, 1e30), 2**100 < 1e31, 10**400 > 1e308)
print(float(10**300) * 10, (10**400) / (10**399), 7 ** 0.5, (-8) ** (1 / 3))
try:
    float(10**400)
except OverflowError as e:
    print(e)
try:
    10**400 / 3
except OverflowError as e:
    print(e)
print(abs(-2**100), -(-2**63), (2**63 - 1) + 1, -2**63 - 1, (2**64) >> 1, 1 << 64, ~(2**64), (2**64) ^ (2**63))
print(int(1e20), int(-1.5e19), round(2**70 + 0.5), round(123456789123456789, -5), math.trunc(1e25))
