class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting"); self._x = None
    ro = property(lambda self: "ro")
    wo = property(None, lambda self, v: print("wo set", v))
p = P()
p.x = 4; print(p.x, P.x.__doc__, type(P.x).__name__, P.x.fget.__name__, P.x.fset.__name__); del p.x; print(p.x)
for op in [lambda: setattr(p, "ro", 1), lambda: delattr(p, "ro"), lambda: p.wo]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError", e)
p.wo = 3
prop = property(doc="just doc"); print(prop.__doc__, prop.fget)
class Q:
    y = property(lambda s: 1)
    y = y.setter(lambda s, v: None)
print(Q().y, isinstance(Q.y, property))
class G:
    def __getattr__(self, name):
        if name == "special": return "dyn"
        raise AttributeError("no " + name)
g = G(); print(g.special, getattr(g, "other", "dflt"), hasattr(g, "x"))
try:
    g.missing
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __getattribute__(self, name):
        if name.startswith("a"): return "intercepted " + name
        return object.__getattribute__(self, name)
    def meth(self): return "meth"
ga = GA(); print(ga.abc, ga.meth(), getattr(ga, "aaa"))
try:
    ga.zzz
except AttributeError as e:
    print("AttributeError", e)
print(getattr(1, "real"), getattr([], "append").__name__, getattr(int, "from_bytes").__name__)
try:
    getattr(g, 5)
except TypeError as e:
    print("TypeError", e)
class N:
    f = len
    h = staticmethod(lambda: "static")
    def m(self): return self
n = N(); print(n.f([1, 2]), n.h(), N.h(), n.m() is n, N.m(n) is n)
n.m2 = lambda: "instance attr fn"; print(n.m2())
class O:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a=0): print("init", a)
O(); O(5)
class O2:
    pass
for op in [lambda: O2(1), lambda: object.__new__(O2, 1), lambda: object(1), lambda: object.__new__(1), lambda: object.__new__(int)]:
    try:
        r = op(); print(type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
class O3:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(O3())
class O4:
    def __init__(self): return 5
try:
    O4()
except TypeError as e:
    print("TypeError", e)
def sup():
    super()
try:
    sup()
except RuntimeError as e:
    print("RuntimeError", e)
class K:
    def m(self): return __class__
    @classmethod
    def c(cls): return super().__init_subclass__
    @staticmethod
    def s(): return __class__.__name__
print(K().m() is K, K.c() is not None, K.s())
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="T"): pass
print(Sub.tag, Base.__dict__.get("tag"))
try:
    class Sub2(Base, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
class CG:
    def __class_getitem__(cls, item): return ("cg", item)
print(CG[int], list[int], dict[str, int], type(list[int]).__name__)
it = iter([1])
print(next(it), next(it, "d"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
