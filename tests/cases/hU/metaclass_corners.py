class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def c(self): pass
print(A.order)
class Base:
    def __init__(self, v=0):
        print("Base init", v)
x = A()
class B(A, Base):
    pass
B(5)
print(type(B).__name__)

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except Exception as e:
    print(type(e).__name__, e)
class M3(M1, M2): pass
class Z(X, Y, metaclass=M3): pass
print(type(Z).__name__)

# prepare returning non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class Q(metaclass=BadPrep): pass
except Exception as e:
    print(type(e).__name__, e)

# __call__ override returning something else
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, *a):
        print("S init", a)
print(S(1) is S(2))

# metaclass is a function
def mfunc(name, bases, ns, **kw):
    print("mfunc", name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 123
class F(metaclass=mfunc, k=1):
    v = 1
print(F)

# type with kwargs
try:
    class G(k=1): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", (), {}, extra=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", ())
except Exception as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", [], {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", (1,), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", (), [])
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bo(bool): pass
except Exception as e:
    print(type(e).__name__, e)
print(type.__prepare__("x", ()), type(type.__prepare__()))
