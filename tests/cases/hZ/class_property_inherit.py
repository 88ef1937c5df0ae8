class Base:
    def __init__(self): self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
class Child(Base):
    @Base.x.getter
    def x(self): return self._x * 10
c = Child(); c.x = 5; print(c.x, Base.x.__doc__, type(Base.x).__name__)
try:
    c.x = -1
except ValueError as e:
    print(e)
class RO:
    @property
    def v(self): return 1
r = RO()
try:
    r.v = 2
except AttributeError as e:
    print(e)
try:
    del r.v
except AttributeError as e:
    print(e)
class Del(Base):
    @Base.x.deleter
    def x(self): print("deleting"); del self._x
d = Del(); del d.x; print(hasattr(d, "_x"))
p = property(lambda s: 42, doc="docd")
print(p.__doc__, p.fget(None), p.fset, p.fdel)
class Over(Base):
    x = 7
print(Over().x)
class WithErr:
    @property
    def bad(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback " + n
print(WithErr().bad)
