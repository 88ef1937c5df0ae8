class Base:
    def greet(self):
        return "base"
class Child(Base):
    pass
c = Child()
out = []
for i in range(3):
    out.append(c.greet())
    if i == 0:
        Base.greet = lambda self: "patched base"
    if i == 1:
        Child.greet = lambda self: "child own"
print(out)
del Child.greet
print(c.greet())
del Base.greet
try:
    c.greet()
except AttributeError as e:
    print(e)
class Other:
    def greet(self):
        return "other"
Child.__bases__ = (Other,)
print(c.greet(), Child.__mro__, Child.__base__)
try:
    Child.__bases__ = ()
except TypeError as e:
    print(e)
try:
    Child.__bases__ = (int,)
except TypeError as e:
    print(e)
try:
    Child.__bases__ = (Child,)
except TypeError as e:
    print(e)
class Sized:
    pass
s = Sized()
try:
    len(s)
except TypeError as e:
    print(e)
Sized.__len__ = lambda self: 7
print(len(s), bool(s))
Sized.__bool__ = lambda self: False
print(bool(s), "truthy" if s else "falsy")
Sized.__getitem__ = lambda self, i: i * 10
print(s[4], next(iter(s)))
Sized.__iter__ = lambda self: iter("ab")
print(list(s), "a" in s)
Sized.__contains__ = lambda self, x: x == "z"
print("a" in s, "z" in s)
Sized.__repr__ = lambda self: "<Sized!>"
print(s, [s])
Sized.__str__ = lambda self: "str-sized"
print(s, [s], f"{s}")
Sized.__call__ = lambda self, *a: ("called", a)
print(s(1), callable(s))
del Sized.__call__
print(callable(s))
Sized.__eq__ = lambda self, o: True
print(s == 1, Sized.__hash__)
class H:
    pass
h = H()
print(type(hash(h)).__name__)
H.__hash__ = None
try:
    hash(h)
except TypeError as e:
    print(e)
H.__hash__ = lambda self: 42
print(hash(h))
class Num:
    def __init__(self, v):
        self.v = v
n = Num(3)
try:
    n + 1
except TypeError as e:
    print(e)
Num.__add__ = lambda self, o: Num(self.v + o)
Num.__radd__ = lambda self, o: Num(o + self.v)
print((n + 1).v, (1 + n).v)
Num.__iadd__ = lambda self, o: "iadd!"
n += 1
print(n)
class G:
    pass
g = G()
G.__getattr__ = lambda self, name: "dyn-" + name
print(g.anything)
del G.__getattr__
try:
    g.anything
except AttributeError as e:
    print(e)
G.__setattr__ = lambda self, n, v: print("intercept", n, v)
g.x = 1
print(vars(g))
del G.__setattr__
g.x = 2
print(vars(g))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
Meta.__repr__ = lambda cls: f"<meta repr {cls.__name__}>"
print(WithMeta, [WithMeta])
Meta.__len__ = lambda cls: 99
print(len(WithMeta))
Meta.__getitem__ = lambda cls, k: f"{cls.__name__}[{k}]"
print(WithMeta[int])
class Counter:
    count = 0
    def inc(self):
        type(self).count += 1
        return self.count
a1, a2 = Counter(), Counter()
print(a1.inc(), a2.inc(), Counter.count, a1.count)
a1.count = 100
print(a1.inc(), a1.count, Counter.count)
