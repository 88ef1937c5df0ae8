class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
print(p.x, hasattr(p, "y"), hasattr(p, "__dict__"), P.x.__class__.__name__)
try:
    p.z = 1
except AttributeError as e:
    print(e)
try:
    p.y
except AttributeError as e:
    print(e)
class C(P):
    pass
c = C(); c.z = 5; print(c.z, c.__dict__)
class S(P):
    __slots__ = ("w",)
s = S(); s.w = 1; s.x = 2; print(s.w, s.x)
try:
    s.q = 1
except AttributeError as e:
    print(e)
class WD:
    __slots__ = ("a", "__dict__")
w = WD(); w.a = 1; w.b = 2; print(w.a, w.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(e)
class One:
    __slots__ = "only"
o = One(); o.only = 3; print(o.only, One.__slots__)
del o.only
try:
    del o.only
except AttributeError as e:
    print(e)
try:
    class X(int):
        __slots__ = ("v",)
except TypeError as e:
    print(e)
