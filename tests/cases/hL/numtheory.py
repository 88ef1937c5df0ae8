import math
from functools import reduce, lru_cache
from itertools import count, islice, takewhile, accumulate


def sieve(n: int) -> list[int]:
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])


def factorize(n: int) -> dict[int, int]:
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


for n in [1, 2, 12, 360, 97, 1001, 2**32 + 1, 600851475143]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))

print(math.gcd(48, 18), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.lcm())
print(reduce(math.lcm, range(1, 21)), math.factorial(25), math.comb(52, 5), math.perm(10, 3), math.perm(5))
f100 = math.factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], f100 % (10**9 + 7))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(fib(), 15)))
big = next(x for i, x in enumerate(fib()) if len(str(x)) >= 100)
print(big, big.bit_length())
print(list(takewhile(lambda x: x < 100, fib())), list(accumulate(range(1, 8), lambda a, b: a * b)))


@lru_cache(maxsize=None)
def fib_memo(n):
    return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)


print(fib_memo(300), fib_memo.cache_info())


def to_base(n: int, b: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))


for n in [0, 5, 255, -255, 2**64, 123456789]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 16), to_base(n, 36), int(to_base(n, 36), 36) == n)
print(bin(-10), oct(64), hex(-255), int("0x1F", 16), int("0b101", 0), int("z", 36), int(" 12_345 "))
print(format(255, "#010b"), format(255, "#x"), format(-255, "X"), format(10**20, ","), format(1234567.891, ",.2f"))
print(format(1234567, "_d"), format(0xDEADBEEF, "_x"), f"{12345678:>15,}", f"{-0.5:+.0f}", f"{2.5:.0f}")
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("1", 37)
except ValueError as e:
    print(e)
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(10, 30) // 7, divmod(-17, 5), divmod(17, -5), -17 // 5)
print(2**1000 % 997, (2**127 - 1).bit_length(), (-1) ** 0.5 if False else abs(-7), 10**18 + 0.0)
print(math.isqrt(10**40), math.isqrt(99), math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(-2.5), round(3.5), round(1234.5678, -2), round(15, -1))
print(math.log(1024, 2), math.log10(1000), math.log2(8), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fmod(-7, 3))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308 * 10), math.degrees(math.pi), math.radians(180))
print(float("1e500"), float("-inf"), float("nan") == float("nan"), 1e16, 1e-5, 123456789012345678.0, 0.1 + 0.2)
print(1.0, 1e22, 1.5e-7, -0.0, 3.0 * 1.1, 2 / 3, 1 / 7 * 7, 100.0 / 3, float(2**53 + 1), 5e-324)
print(7 .bit_count() if hasattr(int, "bit_count") else 3, (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(perfect := [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n][:3])
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
print(max(collatz, key=collatz.get), max(collatz.values()))
print(math.sin(math.pi / 6), math.cos(0), math.atan2(1, 1), math.tan(math.pi / 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
