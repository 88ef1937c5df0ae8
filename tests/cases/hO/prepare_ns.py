class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if not k.startswith("__"):
            print("lookup", k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoggingNS()
    def __new__(mcs, name, bases, ns):
        print("ns type", type(ns).__name__)
        return super().__new__(mcs, name, bases, dict(ns))
class A(metaclass=Meta):
    x = 1
    y = x + 1
    def f(self):
        return y
print(A.x, A.y, type(A.__dict__).__name__)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate definition of {k!r}")
        super().__setitem__(k, v)
class NoDup(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Dup()
try:
    class B(metaclass=NoDup):
        def m(self): pass
        def m(self): pass
except TypeError as e:
    print(e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class C(metaclass=BadPrep):
        pass
except TypeError as e:
    print(e)
class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class D(Entries()):
    pass
print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D())
def meta_func(name, bases, ns, **kw):
    print("meta_func", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class E(metaclass=meta_func, flag=1):
    z = 0
print(E)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class P3(metaclass=M3): pass
class R(P1, P3): pass
print(type(R).__name__)
try:
    class S(metaclass=5): pass
except TypeError as e:
    print(type(e).__name__, e)
X = type("X", (), {}, )
try:
    type("Y", (), {}, extra=1)
except TypeError as e:
    print(e)
print(type.__prepare__("n", ()), type(type.__prepare__()).__name__)
