from fractions import Fraction as F
from decimal import Decimal as D, localcontext, InvalidOperation, DivisionByZero, ROUND_DOWN, ROUND_HALF_EVEN
import decimal
from numbers import Number, Rational
import math


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[F(int(i == j)) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __neg__(self):
        return self * -1

    def __sub__(self, o):
        return self + (-o)

    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        b = self
        while n:
            if n & 1:
                r = r @ b
            b = b @ b
            n >>= 1
        return r

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        a = [[F(x) for x in r] for r in self.rows]
        d = F(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return F(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def inverse(self):
        n = self.shape[0]
        a = [[F(x) for x in r] + [F(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                raise ZeroDivisionError("matrix is singular")
            a[c], a[p] = a[p], a[c]
            pv = a[c][c]
            a[c] = [x / pv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, 1], [7, 4]])
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(A.shape, B.shape, A[1, 0], A @ B)
print(A @ B == Matrix([[6, 9, 12], [23, 34, 45]]), 2 * A, A * F(1, 2))
print(A.det(), A.inverse(), A @ A.inverse() == Matrix.identity(2))
print(B.T())
print(str(Matrix([[F(1, 3), F(-22, 7)], [F(5), F(0)]])))
fibm = Matrix([[1, 1], [1, 0]]) ** 90
print(fibm[0, 1], A - A, -A)
M3 = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(M3.det(), M3.inverse())
for bad in [lambda: A @ A.T() @ B.T(), lambda: A + B, lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1], [1, 2]]), lambda: A @ 3]:
    try:
        print(bad())
    except (ValueError, ZeroDivisionError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(F(3, 4) + F(1, 4), F(-6, 8), F("3.1415"), F(0.1), F(0.1).limit_denominator(100), F("-2/3") ** -2)
print(F(7, 3) // 1, F(7, 3) % 1, round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2), math.floor(F(-7, 2)), float(F(1, 3)))
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(3) == 3, hash(F(1, 2)) == hash(0.5), F(2, 4).numerator, F(2, 4).denominator)
print(repr(F(5)), str(F(5)), F(1, 3).as_integer_ratio(), F.from_float(2.5), F.from_decimal(D("1.25")), isinstance(F(1), Rational))
print(sum(F(1, n) for n in range(1, 11)), F(1, 3) * 3 == 1, F(10, 4) + 1.5, 2 ** F(1, 2), F(-1, 3).__abs__())
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F("abc")
except ValueError as e:
    print("ValueError", e)

print(D("0.1") + D("0.2"), D(0.1), D("1.30") * D("2"), D("10") / D("4"), D("1") / D("3"), D("2").sqrt())
print(D("123.456").quantize(D("0.01")), D("2.5").quantize(D("1"), rounding=ROUND_HALF_EVEN), D("-7.89").quantize(D("0.1"), rounding=ROUND_DOWN))
print(D("1e3"), D("1E+3") + 0, D("0.000001"), D("0.0000001"), D("-0"), D("1.000").normalize(), D("120").normalize(), D("Infinity"), D("nan"))
print(D(10) ** 20, D("1.1") ** 2, D(7) // D(2), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D(-2)), round(D("2.675"), 2))
print(repr(D("3.14")), str(D("3.140")), D("3.14").as_tuple(), D(5).is_zero(), D("1.5").to_integral_value(), int(D("9.99")))
print(f"{D('1234.5'):,.2f}", f"{D('0.5'):.0%}", f"{D('1e-10'):f}", f"{D('123.456'):10.1f}|", D("1.20") == D("1.2"), D("0.5") < 1)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, ctx.prec)
    ctx.rounding = decimal.ROUND_UP
    print(D(1) / D(3))
print(D(1) / D(7))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D("x")
except InvalidOperation as e:
    print("InvalidOperation", e)
try:
    D(1) + 1.5
except TypeError as e:
    print("TypeError", e)
print(sum([D("0.10")] * 3), max(D("1"), D("1.0")), sorted([D("2"), D("10"), D("-1.5")]), D(3) + F(1, 2) if False else D(3) * 2)
print(isinstance(D(1), Number), complex(1, 1) * 2, (1 + 2j).conjugate(), (3 - 4j).real, pow(1j, 2))
