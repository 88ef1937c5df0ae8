class D:
    def __set_name__(self, owner, name): raise ValueError("bad name")
try:
    class A:
        x = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class B:
    def __init_subclass__(cls, **kw): raise TypeError("no subclasses")
try:
    class C(B): pass
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(m, name, bases, ns): ns["added"] = name.lower(); return super().__new__(m, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k); inst.via_meta = True; return inst
    def __instancecheck__(cls, inst): return True
    def __len__(cls): return 99
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2])
class X(metaclass=Meta):
    def __init__(self, v=0): self.v = v
x = X(3); print(X.added, x.via_meta, x.v, isinstance(5, X), len(X), X["k"], list(X))
class Y(X): pass
print(Y.added, type(Y).__name__, Y().via_meta)
class Base:
    def __init__(self): print("Base init")
class Mixin:
    def __init__(self): print("Mixin init"); super().__init__()
class Both(Mixin, Base):
    def __init__(self): print("Both init"); super().__init__()
Both()
class Obj:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError("hidden")
        return super().__getattribute__(n)
    def __getattr__(self, n): return f"fallback:{n}"
print(Obj().secret, Obj().other)
class Prop:
    def __init__(self): self._v = 0
    v = property(lambda s: s._v, lambda s, val: setattr(s, "_v", val * 2), None, "the v")
p = Prop(); p.v = 5; print(p.v, Prop.v.__doc__)
try:
    del p.v
except AttributeError as e:
    print(e)
class S:
    __slots__ = ("a",)
    b = 5
s = S(); s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(e)
class R:
    def __reduce__(self): return (R, ())
import copy; print(type(copy.copy(R())).__name__)
class NewArgs(int):
    def __new__(cls, v, extra): o = super().__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
n2 = copy.copy(NewArgs(5, "e")); print(n2, n2.extra)
class Abstracty:
    __abstractmethods__ = frozenset({"f"})
try:
    Abstracty()
except TypeError as e:
    print(e)
print(type.__dict__["__dict__"].__get__(X)["added"] if False else "", X.__dict__["added"], vars(X)["added"])
class OrderCheck:
    b = 1
    a = 2
    def c(self): pass
print([k for k in OrderCheck.__dict__ if not k.startswith("__")])
class Kw:
    def __init__(self, *, a, b=2): self.s = a + b
print(Kw(a=1).s)
try:
    Kw(1)
except TypeError as e:
    print(e)
