# namedtuple.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p.x + p.y, len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point._fields, Point._field_defaults, Point.__name__, Point.__doc__, Point.__module__)
print(Point._make([1, 2]), p._replace(x=100), p._asdict(), p.__getnewargs__())
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(Point.__match_args__, Point.__slots__, Point.__new__.__qualname__, Point._replace.__qualname__)
print(Point(x=1, y=2), Point(*(3, 4)), Point(**{"x": 5, "y": 6}))

P3 = namedtuple("P3", "a b c", defaults=[2, 3])
print(P3(1), P3(1, 5), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple("S", "a, b,c")("1", "2", "3"))
print(namedtuple("R", ["abc", "def", "ghi", "_x", "abc"], rename=True)._fields)
print(namedtuple("R", "class for 1x ok", rename=True)._fields)
print(namedtuple("One", "a")(1), namedtuple("Empty", [])(), namedtuple("Empty", "")._fields)
M = namedtuple("M", "a", module="mymod")
print(M.__module__, repr(M))


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(Point, 1)
t(Point, 1, 2, 3)
t(Point, 1, z=2)
t(Point, 1, 2, x=3)
t(Point._make, [1])
t(Point._make, [1, 2, 3])
t(p._replace, z=1)
t(namedtuple, "P", "a a")
t(namedtuple, "P", "_a")
t(namedtuple, "P", "a def")
t(namedtuple, "1P", "a")
t(namedtuple, "class", "a")
t(namedtuple, "P", "a-b")
t(namedtuple, "P", [1, 2])
t(namedtuple, "P", "a", defaults=[1, 2])
t(lambda: setattr(p, "x", 5))
t(lambda: p.z)


class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec._fields)
Point3D = namedtuple("Point3D", Point._fields + ("z",))
print(Point3D(1, 2, 3))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(1, 2), Point(0, 9)))
print({Point(1, 2): "a"}[Point(1, 2)], Point(1, 2)._asdict() == {"x": 1, "y": 2})
match Point(1, 2):
    case Point(a, b):
        print("matched", a, b)
