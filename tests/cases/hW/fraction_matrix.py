# Exact linear algebra with lists of lists of Fractions.
from fractions import Fraction as F
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN
import itertools


def hilbert(n):
    return [[F(1, i + j + 1) for j in range(n)] for i in range(n)]


def identity(n):
    return [[F(int(i == j)) for j in range(n)] for i in range(n)]


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum((x * y for x, y in zip(row, col)), F(0)) for col in bt] for row in a]


def inverse(m):
    n = len(m)
    aug = [row[:] + ident for row, ident in zip(m, identity(n))]
    for c in range(n):
        p = next(r for r in range(c, n) if aug[r][c] != 0)
        aug[c], aug[p] = aug[p], aug[c]
        piv = aug[c][c]
        aug[c] = [x / piv for x in aug[c]]
        for r in range(n):
            if r != c and aug[r][c]:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]


def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = F(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None:
            return F(0)
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return d


def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(f"{str(x):>{w}}" for x in row) + "]")


h = hilbert(5)
show(h)
inv = inverse(h)
show(inv)
print(matmul(h, inv) == identity(5), det(h), 1 / det(h))
print(det(hilbert(7)).denominator, sum(sum(row) for row in inverse(hilbert(7))))
x = F(3, 4)
print(x + 1, x * 2, x / F(3), x ** 2, x ** -2, -x, abs(-x), x // F(1, 3), x % F(1, 3), divmod(x, F(1, 5)))
print(F("1.25"), F("-3/9"), F(0.1), F(0.1).limit_denominator(100), F(2.5), F(Decimal("0.75")), F(" 7 "))
print(round(F(7, 2)), round(F(5, 2)), round(F(1234, 7), 2), round(F(-17, 3), -1), float(F(1, 3)), int(F(-7, 2)))
print(F(1, 3) < 0.34, F(1, 2) == 0.5, F(1, 3) == 1 / 3, hash(F(1, 2)) == hash(0.5), F(5, 1) == 5, sorted([F(1, 2), 0.4, 1, F(-1)]))
print(repr(F(6, 4)), str(F(6, 4)), F(10, 5), format(float(F(22, 7)), ".6f"), F(7, 3).as_integer_ratio(), F(3).is_integer() if hasattr(F, "is_integer") else "n/a")
for bad in [lambda: F(1, 0), lambda: F("x/2"), lambda: F(1.5, 2), lambda: F(float("nan"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

getcontext().prec = 30
total = Decimal(0)
for i in range(1, 200):
    total += Decimal(1) / Decimal(i)
print(total, total.quantize(Decimal("0.0001")), total.quantize(Decimal("1."), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(2).sqrt(), Decimal(10).ln(), Decimal(1).exp())
print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("4"), Decimal("-0"), Decimal("1e5").normalize(), Decimal("123.4500").normalize())
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("3.5").to_integral_value(), Decimal(1.1), Decimal("NaN"), Decimal("-Infinity"))
print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000123'):e}", f"{Decimal('12'):08.3f}", repr(Decimal("1E+2")), Decimal("7") % Decimal("-3"), Decimal("-7") // Decimal("2"))
print(sum(Decimal(str(x / 10)) for x in range(10)), Decimal("1.30").compare(Decimal("1.3")), Decimal("1.30") == Decimal("1.3"), max(Decimal("1"), Decimal("1.0")))
vals = [F(n, d) for n, d in itertools.product(range(1, 6), repeat=2)]
print(len(set(vals)), sorted(set(vals))[:8], sum(vals), max(vals), min(vals, key=lambda f: (f.denominator, f)))
