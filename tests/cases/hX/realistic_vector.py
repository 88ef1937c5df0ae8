# A numeric type implementing the full operator protocol, the way people test one.
import math
from numbers import Real


class Vec:
    __slots__ = ('x', 'y')

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Vec({self.x!r}, {self.y!r})'

    def __eq__(self, o):
        if isinstance(o, Vec):
            return (self.x, self.y) == (o.x, o.y)
        return NotImplemented

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, Real):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, n, mod=None):
        r = Vec(1, 1)
        for _ in range(n):
            r = Vec(r.x * self.x, r.y * self.y)
        return r if mod is None else r % mod

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))

    def __format__(self, spec):
        return f'<{format(self.x, spec)}, {format(self.y, spec)}>'

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self


a, b = Vec(1, 2), Vec(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b, a @ b, b / 2, b // 2, b % 3, a ** 3, pow(b, 2, 5))
print(-a, +a, abs(b), bool(Vec()), bool(a), list(a), a[1], a[-1], len(a), tuple(b), [*a, *b])
print(round(Vec(1.26, 2.5)), round(Vec(1.26, 2.5), 1), f'{Vec(1.5, 2):.2f}', format(a, '>3'))
print(sum([a, b, Vec(1, 1)], Vec()), sum([a, b], start=Vec(10, 10)))
print(a == Vec(1, 2), a != b, a == (1, 2), {a, Vec(1, 2), b} == {a, b}, sorted([b, a], key=abs))
c = a
c += b
print(c, a, c is a)
for bad in [lambda: a + 1, lambda: a * 'x', lambda: 'x' * a, lambda: a < b, lambda: a @ 1]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(e)
x, y = b
print(x, y, dict(zip('xy', b)), max(b), min(b), 2 in a, 5 in a)
print(math.fsum(v * v for v in a), math.dist(a, b), math.hypot(*b))
