class Outer:
    class Inner:
        class Deep:
            def m(self): pass
    def method(self):
        class Local:
            pass
        return Local
    @staticmethod
    def sm():
        def inner(): pass
        return inner
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner.Deep.m.__qualname__)
print(Outer().method().__qualname__, Outer().method().__name__)
print(Outer.sm().__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
def factory():
    class Made:
        def f(self): pass
    return Made
M = factory()
print(M.__qualname__, M.f.__qualname__)
T = type("T", (), {})
print(T.__qualname__, T.__module__, repr(T))
T2 = type("T2", (), {"__qualname__": "X.Y", "__module__": "mod"})
print(T2.__qualname__, T2.__name__, repr(T2))
try:
    type("T3", (), {"__qualname__": 5})
except Exception as e:
    print(type(e).__name__, e)
import types
N = types.new_class("N")
print(N.__qualname__, N.__module__)
f = lambda: 0
print(f.__qualname__, f.__name__)
def outer():
    x = lambda: 0
    def g():
        return [lambda: 1 for _ in range(1)][0]
    return x, g()
a, b = outer()
print(a.__qualname__, b.__qualname__)
class WithComp:
    vals = [i for i in range(2)]
    gen = (lambda: 1)
print(WithComp.gen.__qualname__)
class Meta(type):
    def meth(cls): pass
print(Meta.meth.__qualname__)
class K(metaclass=Meta): pass
print(K.meth.__qualname__, K.meth.__func__.__qualname__)
print(int.__qualname__, int.to_bytes.__qualname__, dict.fromkeys.__qualname__)
print(Outer.method.__module__, len.__module__, len.__qualname__)
class Q:
    __qualname__ = "Custom"
    def m(self): pass
print(Q.__qualname__, Q.m.__qualname__, '__qualname__' in Q.__dict__)
class P:
    __module__ = 'elsewhere'
print(P.__module__, repr(P))
def nest():
    def nested():
        class C: pass
        return C
    return nested()
print(nest().__qualname__)
print(repr(nest()).replace(nest().__module__, "MOD"))
