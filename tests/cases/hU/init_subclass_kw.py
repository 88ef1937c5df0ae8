class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pname = name or cls.__name__.lower()
        Plugin.registry.append(cls.pname)

class A(Plugin, name="alpha"): pass
class B(Plugin): pass
class C(B, name="gamma"): pass
print(Plugin.registry, C.pname)
try:
    class D(Plugin, bogus=1): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class E(bogus=1): pass
except Exception as e:
    print(type(e).__name__, e)

class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, super(cls).__class__.__name__)
        super().__init_subclass__()
class Sub(Base): pass
class Sub2(Sub): pass

class CM:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class CM2(CM, x=1): pass

class Stat:
    def __init_subclass__(cls, a, b=2):
        print("args", cls.__name__, a, b)
class S1(Stat, a=1): pass
class S2(Stat, b=3, a=0): pass
try:
    class S3(Stat): pass
except Exception as e:
    print(type(e).__name__, e)
print(object.__init_subclass__())
try:
    object.__init_subclass__(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__init_subclass__(x=1)
except Exception as e:
    print(type(e).__name__, e)

class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta new kw", kw)
        return super().__new__(m, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("WithMeta init_subclass", cls.__name__, kw)
class Child(WithMeta, color="red"): pass
try:
    class Child2(WithMeta, metaclass=Meta, color="blue", size=3): pass
except Exception as e:
    print(type(e).__name__, e)
