class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __repr__(cls): return f"<class {cls.__name__} via Registry>"
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a)
        return super().__call__(*a, **k)
class Plugin(metaclass=Registry):
    def __init__(self, x=0): self.x = x
class Audio(Plugin): pass
print(sorted(Registry.classes), Audio, type(Audio), Audio(3).x, isinstance(Audio, Registry))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst: cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): self.v = {}
print(Config() is Config())
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class X(Base, tag="x"): pass
class Y(X): pass
print(Base.subclasses, X.tag, Y.tag)
try:
    class Z(Base, bogus=1): pass
except TypeError as e: print(e)
class Typed:
    def __init__(self, typ): self.typ = typ
    def __set_name__(self, owner, name): self.name = "_" + name; self.pub = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError(f"{self.pub} must be {self.typ.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age): self.name = name; self.age = age
p = Person("ann", 3); print(p.name, p.age, vars(p), type(Person.name).__name__)
try: p.age = "old"
except TypeError as e: print(e)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, cls):
        v = self.f(obj); setattr(obj, self.f.__name__, v); return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self): print("computing"); return 3 * self.r ** 2
c = Circle(2); print(c.area, c.area)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        print("getattr", name); return getattr(self._t, name)
    def __setattr__(self, name, v): print("setattr", name); setattr(self._t, name, v)
    def __delattr__(self, name): print("delattr", name)
pr = Proxy([3, 1, 2]); pr.sort(); print(pr._t); pr.foo = 1 if False else None
try: pr.missing
except AttributeError as e: print(e)
del pr.zzz
class Attr:
    def __getattribute__(self, name):
        if name.startswith("secret"): raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"default-{name}"
a = Attr(); print(a.anything, a.secret_x)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: f"hi {self.x}"})
print(Dyn().hello(), Dyn.__name__, Dyn.__mro__)
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"Vec({', '.join(map(repr, self.c))})"
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.c, o.c)]) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __bool__(self): return any(self.c)
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __iadd__(self, o): self.c = [a + b for a, b in zip(self.c, o.c)]; return self
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __hash__(self): return hash(tuple(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __round__(self, n=0): return Vec(*[round(a, n) for a in self.c])
    def __format__(self, spec): return "<" + ", ".join(format(a, spec) for a in self.c) + ">"
    def __contains__(self, x): return x in self.c
    def __call__(self, i): return self.c[i]
v = Vec(1, 2); w = Vec(3, 4)
print(v + w, 2 * v, v * 3, -v, abs(w), bool(Vec(0, 0)), sum([v, w]), v @ w, round(Vec(1.26, 2.5), 1), f"{v:.2f}", 2 in v, v(1), v[-1], list(v))
v += w; print(v, v == Vec(4, 6), {v, Vec(4, 6)} == {Vec(4, 6)})
try: v + 1
except TypeError as e: print(e)
try: 1 - v
except TypeError as e: print(e)
try: v < w
except TypeError as e: print(e)
class Sub(int):
    def __repr__(self): return f"Sub({int(self)})"
    def __add__(self, o): return Sub(int(self) + int(o))
print(Sub(3) + 4, 4 + Sub(3), Sub(5) * 2, type(Sub(5) * 2).__name__, Sub(7) // 2, str(Sub(9)), f"{Sub(10):>4}")
class MyList(list):
    def append(self, x): super().append(x * 2)
ml = MyList([1]); ml.append(5); ml.extend([7]); print(ml, type(ml + [1]).__name__, ml[0:1], type(ml[0:1]).__name__)
class MyDict(dict):
    def __missing__(self, k): return k.upper()
md = MyDict(a=1); print(md['a'], md['zz'], md.get('zz'), 'zz' in md)
class S(str):
    def shout(self): return self.upper() + "!"
print(S("hey").shout(), S("a") + "b", type(S("a") + "b").__name__, S("x").join("ab"))
