class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.opts = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
class A(metaclass=Meta, flag=True, level=2):
    x = 1
print(A.opts, A.injected, type(A).__name__)
class B(A, level=3): pass
print(B.opts, type(B) is Meta)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class C(Base, tag="c"): pass
class D(C): pass
print(C.tag, D.tag)
try:
    class E(Base, bogus=1): pass
except TypeError as e:
    print(e)
try:
    class F(metaclass=5): pass
except TypeError as e:
    print(e)
M2 = type("M2", (), {"a": 1})
print(M2.__name__, M2.a, M2.__mro__[-1].__name__)
try:
    type("X", (5,), {})
except TypeError as e:
    print(e)
try:
    type("X")
    type(1, 2)
except TypeError as e:
    print(e)
