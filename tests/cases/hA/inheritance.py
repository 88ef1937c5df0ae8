class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C>" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D>" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(D, D()).chain())
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
try:
    class Y(int, str): pass
except TypeError as e:
    print(e)
try:
    class Z(B, B): pass
except TypeError as e:
    print(e)
try:
    class W(1): pass
except TypeError as e:
    print(e)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def area(self): return 1
try:
    Sq()
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.xyz, getattr(d, "nope", "default"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print(e)
class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
    secret = 1
print(Logged().secret, Logged().other)
class Const:
    def __setattr__(self, k, v):
        raise AttributeError(f"can't set {k}")
    def __delattr__(self, k):
        raise AttributeError(f"can't del {k}")
try:
    Const().a = 1
except AttributeError as e:
    print(e)
class P:
    def __init__(self): self.x = 1
    def __eq__(self, o): return NotImplemented
print(P() == P(), P() != P())
class Q:
    def __eq__(self, o): return True
print(Q() == 1, 1 == Q(), Q() != 1, [Q()] == [2], Q() in [5])
print(hash(Q) is not None)
try:
    hash(Q())
except TypeError as e:
    print(e)
class Base:
    def __init__(self, a): self.a = a
class Child(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
c = Child(1, 2); print(vars(c))
try:
    Child(1)
except TypeError as e:
    print(e)
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi"); print(s.shout(), type(s + "x").__name__, type(s).__name__, repr(s), isinstance(s, str))
class L(list):
    def __repr__(self): return "L" + super().__repr__()
l = L([1, 2]); l.append(3); print(l, len(l), l[1:], type(l[1:]).__name__)
class I(int):
    def __add__(self, o): return I(int(self) + int(o) + 100)
print(I(1) + 1, 1 + I(1), type(I(5) * 2).__name__)
class Dct(dict):
    def __missing__(self, k): return f"missing {k}"
print(Dct(a=1)["a"], Dct()["b"], Dct().get("c"))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, type(True).__bases__)
print(object.__subclasses__ is not None, A.__subclasses__())
print(D.__bases__, D.__base__, B.__name__, type(D).__name__)
class Singleton:
    _inst = None
    def __new__(cls, *a, **k):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class WithClassVar:
    count = 0
    def __init__(self):
        WithClassVar.count += 1
        self.count = -1
w1 = WithClassVar(); w2 = WithClassVar()
print(WithClassVar.count, w1.count, type(w1).count)
class SlotsBase:
    __slots__ = ("x",)
class SlotsChild(SlotsBase):
    pass
sc = SlotsChild(); sc.y = 5; print(sc.y, hasattr(sc, "__dict__"))
try:
    SlotsBase().y = 1
except AttributeError as e:
    print(e)
print(callable(A), callable(A()), callable(print), callable(lambda: 0))
class CallMe:
    def __call__(self, x): return x * 2
print(CallMe()(21), callable(CallMe()))
class OldStyleIter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(OldStyleIter()), sum(OldStyleIter()), max(OldStyleIter()))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(0)]))
try:
    Cmp(1) > 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
