from fractions import Fraction
from numbers import Number
import math

class Vector:
    __slots__ = ("coords",)
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return f"Vector{self.coords!r}"
    def __len__(self):
        return len(self.coords)
    def __iter__(self):
        return iter(self.coords)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.coords[i])
        return self.coords[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return self + (-other)
    def __neg__(self):
        return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(*(a / k for a in self))
    def __abs__(self):
        return math.hypot(*self.coords)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __hash__(self):
        return hash(self.coords)
    def __bool__(self):
        return any(self.coords)
    def __matmul__(self, other):
        return self * other

class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def transpose(self):
        return Matrix(zip(*self.rows))
    T = property(transpose)
    def det(self):
        n = self.shape[0]
        m = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                m[c], m[p] = m[p], m[c]
                d = -d
            d *= m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return d

v = Vector(3, 4)
w = Vector(1.5, -2)
print(v, w, v + w, v - w, -v, v * 2, 3 * v, v * w, v @ w, abs(v), v / 2)
print(v[0], v[-1], v[::-1], len(v), list(v), bool(Vector(0, 0)), bool(v))
print(v == Vector(3, 4), v != w, {v: 1}[Vector(3, 4)])
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print(e)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    "a" * v
except TypeError as e:
    print(e)
try:
    v.extra = 1
except AttributeError as e:
    print(e)
M = Matrix([[1, 2], [3, 4]])
print(M, M.shape, M.T, sep="\n")
print(M @ M, M ** 5, M @ v, M + M, sep="\n")
print(Matrix.identity(3))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib.rows[0][1])
print(M.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
print(Matrix([[Fraction(1, 2), 1], [1, 1]]).det())
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print(e)
try:
    M @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    M ** "x"
except TypeError as e:
    print(type(e).__name__, e)
print(repr(M.transpose()), M == Matrix([[1, 2], [3, 4]]), M == [[1, 2], [3, 4]])
