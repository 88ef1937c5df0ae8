import math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext
from functools import reduce
from itertools import count, islice, takewhile


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


primes = sieve(100)
print(primes, len(sieve(10000)))
for n in [1, 2, 12, 360, 97, 1001, 2 ** 32 + 1, 600851475143]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) or "1")
print([n for n in range(2 ** 61 - 10, 2 ** 61) if is_probable_prime(n)], is_probable_prime(2 ** 89 - 1))
print(egcd(240, 46), math.gcd(240, 46), math.lcm(4, 6, 10), math.gcd(), math.gcd(0, -12))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 1000000007))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
f100 = math.factorial(100)
print(f100, len(str(f100)), sum(map(int, str(f100))), str(f100).count("0"))
print(math.comb(52, 5), math.perm(10, 3), math.isqrt(10 ** 40 + 1), math.isqrt(99))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.comb(5, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = sum(Fraction(1, n) for n in range(1, 21))
print(h, float(h), h.numerator % 1000, h.limit_denominator(100))
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(0.1), Fraction(1, 3) ** 2, Fraction(-7, 3) // 1, Fraction(7, -3) % 2)
print(Fraction(1, 3) + 0.5, Fraction(1, 3) == 1 / 3, Fraction(2, 4) == Fraction(1, 2), round(Fraction(7, 2)), round(Fraction(5, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
getcontext().prec = 50
print(Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 10
    print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"))
print(Decimal(1) / Decimal(7))
getcontext().prec = 28
print(Decimal("0.1") * 3 == Decimal("0.3"), 0.1 * 3 == 0.3, Decimal("1.2345").quantize(Decimal("0.01")))
print(Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal(0.5), Decimal("12.50").as_tuple())
collatz = lambda n: n // 2 if n % 2 == 0 else 3 * n + 1


def chain_len(n):
    c = 1
    while n != 1:
        n = collatz(n)
        c += 1
    return c


best = max(range(1, 10000), key=chain_len)
print(best, chain_len(best))
tri = (n * (n + 1) // 2 for n in count(1))
print(list(takewhile(lambda x: x < 60, tri)), list(islice(filter(lambda x: x % 7 == 0, count(100, 3)), 4)))
print(reduce(math.lcm, range(1, 21)), sum(d for d in range(1, 28) if 28 % d == 0))
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(all(sum(d for d in range(1, n) if n % d == 0) == n for n in perfect))
print(f"{2 ** 64:,}", f"{-(10 ** 20):_}", f"{255:#x} {255:#o} {255:#b} {255:08b}", int("ff", 16), int("0b101", 0), int("1_000"))
print(divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5), (-17) % 5, 17 % -5, -17 // 5)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, (10 ** 30).bit_length(), (-255).to_bytes(2, "big", signed=True))
