from fractions import Fraction
import math


class Vector:
    __slots__ = ("_c",)

    def __init__(self, *c):
        self._c = tuple(c)

    def __len__(self):
        return len(self._c)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self._c[i])
        return self._c[i]

    def __iter__(self):
        return iter(self._c)

    def __repr__(self):
        return f"Vector{self._c!r}"

    def __str__(self):
        return "<" + ", ".join(format(x, "g") if isinstance(x, float) else str(x) for x in self) + ">"

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def _check(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        r = self._check(other)
        if r is NotImplemented:
            return r
        return Vector(*(a - b for a, b in zip(self, other)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum(a * b for a, b in zip(self, k))
        if not isinstance(k, (int, float, Fraction)):
            return NotImplemented
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.sqrt(sum(x * x for x in self))

    def __bool__(self):
        return any(self)


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

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def T(self):
        return Matrix(zip(*self.rows))

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
        r = Matrix.identity(self.shape[0])
        b = self
        while n:
            if n & 1:
                r = r @ b
            b = b @ b
            n >>= 1
        return r

    def det(self):
        n = self.shape[0]
        a = [[Fraction(x) for x in r] for r in self.rows]
        d = Fraction(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                d = -d
            d *= a[c][c]
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return d

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]" for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


v, w = Vector(1, 2, 3), Vector(4.5, -1, 0)
print(v + w, v - w, v * 2, 3 * v, v @ w, -v, abs(Vector(3, 4)))
print(repr(v[1:]), v[-1], len(v), bool(Vector(0, 0)), bool(v), v == Vector(1, 2, 3), v != w)
print({v: 1}[Vector(1, 2, 3)], list(reversed(v)), max(v), sorted(w))
for bad in [lambda: v + Vector(1), lambda: v + 1, lambda: v * "x", lambda: "a" - v]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = Matrix([[1, 2], [3, 4]])
print(m)
print(repr(m.T()), m.shape, m[1, 0])
print(m @ m)
print(m ** 5)
print(m @ Vector(1, 1))
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
print(Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
h = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(h)
print(h.det(), float(h.det()))
for bad in [lambda: Matrix([[1, 2], [3]]), lambda: Matrix([]), lambda: m @ Matrix([[1, 2, 3]]),
            lambda: m[2, 0], lambda: m[0], lambda: m ** "2"]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m[0, 0] = 9
print(m == Matrix([[9, 2], [3, 4]]), m == [[9, 2], [3, 4]])
try:
    v.x = 1
except AttributeError as e:
    print("AttributeError", e)
