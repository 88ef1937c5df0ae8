class Outer:
    __secret = 1
    _Outer__other = 2
    x = 10
    ys = [x for _ in range(2)] if False else None
    class Inner:
        def method(self):
            return self.__class__.__qualname__
        class Deep:
            pass
    def __private(self):
        return "private"
    def call(self):
        return self.__private(), self.__secret, Outer.__secret
    def get_lambda(self):
        return lambda: self.__secret
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.__name__, Outer.Inner.Deep.__module__)
print(Outer.Inner().method())
print(Outer().call(), Outer().get_lambda()())
print(sorted(k for k in Outer.__dict__ if "secret" in k or "private" in k or "other" in k))
print(repr(Outer.Inner.Deep)[:30])
print(Outer.call.__qualname__, Outer.get_lambda(Outer()).__qualname__)
try:
    Outer().__private()
except AttributeError as e:
    print(e)
class A:
    x = 1
    try:
        y = [x for _ in range(1)]
    except NameError as e:
        err = str(e)
print(A.err)
class B:
    a = 5
    b = (lambda a=a: a * 2)()
    c = [a for a in range(3)]
    d = a
print(B.b, B.c, B.d)
def f():
    class C:
        def m(self):
            def g():
                return __class__
            return g()
    return C
C = f()
print(C.__qualname__, C().m() is C, C.m.__qualname__)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}
class D(metaclass=Meta, flag=1):
    pass
print(D, D.created_by, D.kw, D.prepared)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class S1(Base, tag="one"): pass
class S2(S1): pass
print(Base.registry, S1.tag, S2.tag)
try:
    class S3(Base, bogus=1): pass
except TypeError as e:
    print("TypeError", e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, objtype=None):
        return self if obj is None else f"get {self.name}"
class H:
    attr = Desc()
print(H().attr, H.attr.name)
class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1; self.__b = 2
s = Slotted()
print(s.a, s._Slotted__b, Slotted.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    Slotted().a
except AttributeError as e:
    print("AE", e)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
class WithDoc:
    "docstring here"
    __doc__ += "!" if False else ""
print(WithDoc.__doc__)
print(type("Dyn", (object,), {"v": 1, "__qualname__": "X.Dyn"}).__qualname__)
class E: pass
E.__qualname__ = "Renamed"
print(E, E.__name__)
try:
    E.__qualname__ = 5
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class OnlyNew:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
print(Outer.__dict__["x"], vars(B)["d"])
class Ordered:
    z = 1; a = 2; m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
class Prop:
    @property
    def v(self): return 1
try:
    Prop().v = 2
except AttributeError as e:
    print(e)
try:
    del Prop().v
except AttributeError as e:
    print(e)
