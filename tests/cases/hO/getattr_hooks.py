class G:
    a = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
g = G()
print(g.a, g.xy, getattr(g, "xz"), hasattr(g, "nope"), getattr(g, "nope", "dflt"))
try:
    g.nope
except AttributeError as e:
    print(type(e).__name__, e)
class GA:
    def __getattribute__(self, name):
        print("__getattribute__", name)
        if name == "boom":
            raise AttributeError("boom!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback-" + name
    def meth(self):
        return "meth"
ga = GA()
ga.v = 5
print(ga.v, ga.boom, ga.meth(), ga.missing)
print(type(ga).__name__, ga.__class__.__name__)
class SA:
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("__delattr__", name)
        super().__delattr__(name)
sa = SA()
sa.q = 3
print(sa.q, vars(sa))
setattr(sa, "r", 4)
del sa.q
try:
    del sa.q
except AttributeError as e:
    print(type(e).__name__, e)
sa.__dict__["direct"] = 1
print(sa.direct)
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print(e)
print(f.x)
class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name, a)
d = Dyn()
print(d.anything(1, 2), d.other())
class Recur:
    def __getattr__(self, name):
        return self.__dict__[name]
try:
    Recur().zz
except KeyError as e:
    print("KeyError", e)
class PropErr:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr-saved-" + name
print(PropErr().p)
class PropErr2:
    @property
    def p(self):
        return self.missing_thing
try:
    PropErr2().p
except AttributeError as e:
    print(e)
class Meta(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.fake)
try:
    WithMeta().fake
except AttributeError as e:
    print(e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")())
try:
    getattr(g)
except TypeError as e:
    print(e)
try:
    getattr(g, "a", 1, 2)
except TypeError as e:
    print(e)
try:
    hasattr(g)
except TypeError as e:
    print(e)
try:
    setattr(g, "a")
except TypeError as e:
    print(e)
try:
    delattr(g)
except TypeError as e:
    print(e)
class HasattrRaises:
    def __getattr__(self, n):
        raise ValueError("not attr error")
try:
    hasattr(HasattrRaises(), "x")
except ValueError as e:
    print("ValueError propagated", e)
