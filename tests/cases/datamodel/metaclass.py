# Metaclasses: __prepare__, __new__/__init__ kwargs, __call__, instance/subclass checks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class OrderedNS(dict):
    def __setitem__(self, k, v):
        print("  ns set", k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("  new", name, type(ns).__name__, sorted(kw))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("  init", name, sorted(kw))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("  call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True, level=2):
    x = 1
    def f(self):
        return 2
print(A.kw, type(A).__name__)
a = A()
print(type(a).__name__)
class B(A):
    pass
print(type(B).__name__, B.kw)

class NoKw(type):
    pass
t("kw to type", lambda: NoKw("X", (), {}, foo=1))
try:
    class K(metaclass=NoKw, foo=1):
        pass
except TypeError as e:
    print("class kw", e)
t("type() kw", lambda: type("X", (), {}, foo=1))

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
print(One(1) is One(2), One().v)

class ReturnsOther(type):
    def __call__(cls):
        return 42
class RO(metaclass=ReturnsOther):
    pass
print(RO())

class PrepareBad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class PB(metaclass=PrepareBad):
        pass
except TypeError as e:
    print("prepare bad", e)

class IC(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", type(inst).__name__)
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", sub.__name__)
        return sub is int
class Virtual(metaclass=IC):
    pass
t("isinstance magic", lambda: isinstance("magic", Virtual))
t("isinstance other", lambda: isinstance(3, Virtual))
t("isinstance exact", lambda: isinstance(Virtual(), Virtual))
t("issubclass int", lambda: issubclass(int, Virtual))
t("issubclass str", lambda: issubclass(str, Virtual))
t("issubclass tuple", lambda: issubclass(int, (str, Virtual)))
t("isinstance truthy result", lambda: isinstance([], type("M", (type,), {"__instancecheck__": lambda c, i: [1]})("V", (), {})))

def func_meta(name, bases, ns, **kw):
    print("  func_meta", name, sorted(k for k in ns if not k.startswith("__")), kw)
    return "not a class"
class FM(metaclass=func_meta, opt=1):
    y = 2
print(FM)

class M1(type):
    pass
class M2(type):
    pass
class C1(metaclass=M1):
    pass
class C2(metaclass=M2):
    pass
try:
    class C3(C1, C2):
        pass
except TypeError as e:
    print("conflict", e)
class M3(M1, M2):
    pass
class C4(C1, C2, metaclass=M3):
    pass
print(type(C4).__name__)
class C5(C1, metaclass=type):
    pass
print("derived wins", type(C5).__name__)

class Namespace(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = "yes"
        return super().__new__(mcls, name, bases, ns)
class N(metaclass=Namespace):
    pass
print(N.added)
print(type(type), type(Meta), isinstance(A, Meta), isinstance(A, type))
print(Meta.__mro__ == (Meta, type, object))
t("type.__call__ non-type", lambda: type.__call__(5))
t("type new non-type", lambda: type.__new__(int, "X", (), {}))
t("type(1 arg)", lambda: type(1))
t("type 2 args", lambda: type("X", ()))
t("type bad name", lambda: type(1, (), {}))
t("type bad bases", lambda: type("X", 1, {}))
t("type bad dict", lambda: type("X", (), 1))
t("type bad base", lambda: type("X", (1,), {}))
t("type bool base", lambda: type("X", (bool,), {}))
t("mcls __qualname__", lambda: type("X", (), {"__qualname__": "A.B"}).__qualname__)
t("mcls bad __qualname__", lambda: type("X", (), {"__qualname__": 1}))
t("__class__ of class", lambda: A.__class__ is Meta)
