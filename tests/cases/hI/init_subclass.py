class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"): pass
class B(A): pass
class C(B, tag="c"): pass
print(Base.registry)
print(A.tag, B.tag, C.tag)
try:
    class D(Base, unknown=1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class E(object, foo=1): pass
except TypeError as e:
    print("TypeError", e)

class Plain:
    pass
print(Plain.__init_subclass__.__name__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw))
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, x=1, y=2):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(WithMeta, z=3): pass

class CG:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(CG[int], CG[1, 2], CG["x"])
class CG2(CG): pass
print(CG2[()])
try:
    Plain[int]
except TypeError as e:
    print("TypeError", e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, v):
        setattr(obj, self.name, v * 2)
class Holder:
    a = Desc()
    b = Desc()
h = Holder()
print(h.a); h.a = 5; print(h.a, h._a, vars(h))
print(type(Holder.__dict__['a']).__name__, Holder.a.name)
d = Desc()
class Late: pass
Late.x = d
print(hasattr(d, "name"))
class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Z:
        q = BadSN()
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
