import math
from functools import total_ordering
@total_ordering
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if isinstance(o, Vec): return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __divmod__(self, k): return (self // k, self % k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return abs(self) < abs(o)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
    def __complex__(self): return complex(self.x, self.y)
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a @ b, a / 2, a // 2, a % 2, divmod(a, 2))
print(-a, +a, abs(a), bool(Vec()), bool(a), len(a), list(a), a[0], a[-1], a[:1])
print(repr(a), str(a), f"{a}", f"{a:.2f}", f"{Vec(1.234, 5):>6.1f}", format(a, "03d"))
print(a == Vec(3, 4), a != b, a < b, a > b, a <= a, a >= b, sorted([a, b, Vec(0, 1)]))
print(sum([a, b], Vec()), sum([a, b]) if False else "", {a, Vec(3, 4), b} == {a, b})
print(round(Vec(1.26, 2.71), 1), round(Vec(1.5, 2.5)), complex(a), max([a, b]), min(a, b))
x, y = a
print(x, y, *a, dict(zip("xy", a)))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except TypeError as e:
    print(e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
try:
    a * "s"
except TypeError as e:
    print(e)
v = Vec(1, 1)
v += Vec(1, 0); v *= 3; v -= Vec(1, 1)
print(v)
