class P:
    def __init__(self):
        self.real = 1
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def keyerr(self):
        raise KeyError("k")
    def __getattr__(self, name):
        return "fallback:" + name

p = P()
print(p.real)
print(p.broken)
print(p.nothing)
try:
    p.keyerr
except Exception as e:
    print(type(e).__name__, e)
print(getattr(p, "broken"))
print(hasattr(p, "anything"))

class GA:
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        return 42
g = GA()
g.x = 5
print(g.x)
print(g.special)
print(g.missing)

class Only:
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return name.upper()
o = Only()
print(o.abc, o.__class__.__name__)
print(len(o.__dict__))

class Fails:
    def __getattr__(self, name):
        raise AttributeError(f"custom {name}")
try:
    Fails().zz
except AttributeError as e:
    print(e, e.name, e.obj is None)

class Recursive:
    def __getattr__(self, name):
        if name == "a":
            return self.b
        raise AttributeError(name)
try:
    Recursive().a
except Exception as e:
    print(type(e).__name__, e)

class NoGA:
    pass
n = NoGA()
try:
    n.q
except AttributeError as e:
    print(e, e.name, e.obj is n)

class Sl:
    __slots__ = ('a',)
    def __getattr__(self, name):
        return "sl-" + name
s = Sl()
print(s.a)
s.a = 3
print(s.a)

# __getattr__ set on the instance is ignored
class X: pass
x = X()
x.__getattr__ = lambda n: "inst"
try:
    x.foo
except Exception as e:
    print(type(e).__name__, e)
X.__getattr__ = lambda self, n: "cls-" + n
print(x.foo)
del X.__getattr__
try:
    x.foo
except Exception as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getattr__(cls, name):
        return "meta-" + name
class WithMeta(metaclass=Meta):
    def __getattr__(self, name):
        return "inst-" + name
print(WithMeta.zzz, WithMeta().zzz)
# setattr / delattr hooks
class Rec:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        super().__setattr__(k, v * 2)
    def __delattr__(self, k):
        print("delattr", k)
        super().__delattr__(k)
r = Rec()
r.a = 2
print(r.a)
del r.a
try:
    del r.a
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, 'x', 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(r, 1, 2)
except Exception as e:
    print(type(e).__name__, e)
