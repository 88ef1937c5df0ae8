from operator import itemgetter
import copy, pickle
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(itemgetter(0), doc="x coord")
    y = property(itemgetter(1))
    def __repr__(self):
        return f"{type(self).__name__}(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        return type(self)(*map(kw.pop, self._fields, self))
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __getnewargs__(self):
        return tuple(self)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p + Point(3, 4), p._asdict())
print(p._replace(y=9) if False else "skip-replace")
print(Point.x.__doc__, type(Point.x).__name__)
print(copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p)))
print(p == (1, 2), hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 3)]))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
print(max([Point(1, 5), Point(2, 0)], key=itemgetter(1)))
a, b = p
print(a, b, [*p], dict([p]), {p: 1}[(1, 2)])

class Money(int):
    """Cents stored as an int."""
    def __new__(cls, amount):
        if isinstance(amount, str):
            units, _, cents = amount.partition(".")
            amount = int(units) * 100 + int((cents + "00")[:2])
        return super().__new__(cls, amount)
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"
    def __repr__(self):
        return f"Money({str(self)!r})"
    def __add__(self, o):
        return Money(int(self) + int(o))
    __radd__ = __add__
    def __mul__(self, k):
        return Money(round(int(self) * k))
m = Money("12.5")
print(m, repr(m), m + 5, 5 + m, sum([Money("1.25"), Money("2.75")]), m * 1.5, int(m), m // 100, type(m // 100).__name__)
print(sorted([Money("3"), Money("1.99"), Money(250)]), f"{m}", f"{m!r}", "%s|%d" % (m, m), format(m, ">10"))
print(str(Money(5)), Money(0) or "zero", bool(Money(1)))

class Version(tuple):
    def __new__(cls, s):
        return super().__new__(cls, (int(p) for p in s.split(".")))
    def __str__(self):
        return ".".join(map(str, self))
vs = [Version("1.10.0"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), [str(v) for v in sorted(vs)], max(vs), Version("1.2") < Version("1.2.0"), Version("2") > (1, 99))

class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other.lstrip("/"))
    @property
    def name(self):
        return self.rsplit("/", 1)[-1]
    @property
    def parent(self):
        return Path(self.rsplit("/", 1)[0] or "/")
q = Path("/usr") / "local" / "/bin/"
print(q, repr(q), q.name, q.parent, q.parent.parent, type(q.upper()).__name__, q.startswith("/usr"), len(q))
print({q: 1}, q == "/usr/local/bin/", sorted([Path("b"), "a", Path("c")]))

class Matrix(list):
    def __init__(self, rows):
        super().__init__(list(r) for r in rows)
    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)
    def __matmul__(self, o):
        cols = list(zip(*o))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self])
    def T(self):
        return Matrix(zip(*self))
    def __str__(self):
        w = max(len(str(v)) for r in self for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[5, 6, 7], [8, 9, 10]])
C = A @ B
print(C.shape, C, sep="\n")
print(C.T(), repr(C.T()), type(C.T()).__name__, C.T().shape, sep="\n")
print(A == [[1, 2], [3, 4]], A[1][0], type(A[0]).__name__, type(A[:1]).__name__)
try:
    A @ 5
except TypeError as e:
    print("TypeError", e)
