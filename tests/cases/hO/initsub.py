order = []
class Desc:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        order.append(("set_name", self.tag, owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return f"{self.name}@{type(obj).__name__}"

class Base:
    registry = []
    def __init_subclass__(cls, /, prefix="", **kw):
        order.append(("init_subclass", cls.__name__, prefix, sorted(kw)))
        super().__init_subclass__(**kw)
        cls.prefix = prefix
        Base.registry.append(cls.__name__)

class A(Base, prefix="a"):
    x = Desc("x")
    y = Desc("y")

class B(A):
    z = Desc("z")

for o in order:
    print(o)
print(A().x, B().z, B().x, A.prefix, B.prefix, Base.registry)
try:
    class C(Base, unknown=1):
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class D(object, foo=1):
        pass
except Exception as e:
    print(type(e).__name__, e)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}

class E(metaclass=Meta, flag=True):
    a = 1
    def m(self): pass
print(E.injected, type(E).__name__)

class F(E):
    pass
print(type(F) is Meta)

class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class G:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else None)

T = type("T", (Base,), {"d": Desc("dyn")})
print(T.__name__, T().d, order[-2:])
try:
    type("U", (1,), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type("U", (), [])
except Exception as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except Exception as e:
    print(type(e).__name__, e)
V = type("V", (), {"__qualname__": "Outer.V", "__slots__": ("q",), "__doc__": "vdoc"})
print(V.__qualname__, V.__doc__, V.__module__, V.__slots__)
try:
    type("W", (), {"__qualname__": 5})
except Exception as e:
    print(type(e).__name__, e)
class WithInitSub:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class Sub1(WithInitSub): pass
class NS:
    def __init_subclass__(cls, **kw):
        print("implicit classmethod", cls.__name__, kw)
class Sub2(NS, k=1): pass
print(type(NS.__dict__["__init_subclass__"]).__name__)
