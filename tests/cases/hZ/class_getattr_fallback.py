class A:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
a = A()
print(a.x, a.dyn_foo, getattr(a, "dyn_", "d"), getattr(a, "nope", "dflt"), hasattr(a, "nope"))
try:
    a.nope
except AttributeError as e:
    print(e)
class B:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "ga:" + name
b = B(); b.real = 1
print(b.magic, b.real, b.other)
class C:
    def __getattr__(self, name): raise KeyError(name)
try:
    getattr(C(), "q", 1)
except KeyError as e:
    print("KeyError", e)
class D:
    __slots__ = ()
try:
    D().zz
except AttributeError as e:
    print(e)
try:
    object().foo = 1
except AttributeError as e:
    print(e)
class E:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print("del", n)
e = E(); e.v = 3; print(e.v); del e.v; print(e.v)
print(getattr(5, "real"), getattr([], "append").__name__)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
