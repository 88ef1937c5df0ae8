from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p._replace(x=5), p._asdict(), P._fields, P._make([3, 4]), p.x + p[1], P.__name__)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[9, 8])
print(Q(1), Q._field_defaults, Q(1, 2, 3))
try:
    Q()
except TypeError as e:
    print(e)
R = namedtuple("R", "def class ok", rename=True); print(R._fields)
for bad in (("B", "x x"), ("B", "1x"), ("B", "_x"), ("1B", "x")):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
x, y = p; print(x, y, p == (1, 2), isinstance(p, tuple), len(p), p * 2)
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def norm(self): return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), repr(Pt(1, 2)))
try:
    P(1)
except TypeError as e:
    print(e)
