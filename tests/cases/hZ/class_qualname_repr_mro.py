class Outer:
    class Inner:
        def meth(self): pass
    def f(self):
        def local(): pass
        return local
print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().f().__qualname__, Outer.__module__)
print(repr(Outer.Inner.meth).split(" at ")[0], str(type(Outer.Inner())).split()[0])
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__, bool.__mro__, int.__subclasses__()[:0])
print(Outer.__doc__, Outer.__dict__["f"].__name__, Outer.f.__name__, Outer.__name__)
class WithDoc:
    "doc here"
print(WithDoc.__doc__, WithDoc().__doc__)
print(isinstance(Outer, type), issubclass(Outer, object), type(Outer).__name__, Outer.__class__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
Outer.__name__ = "Renamed"; print(Outer, Outer.__qualname__)
class M(type):
    def __repr__(cls): return f"<M {cls.__name__}>"
class X(metaclass=M): pass
print(X, [X], type(X))
print(int.__name__, int.__qualname__, int.__module__, len.__module__, len.__qualname__, str.upper.__qualname__, [].append.__qualname__)
print(repr(str.upper)[:30], repr(int.__add__)[:35], repr(object.__init__)[:40])
print(type(str.upper).__name__, type([].append).__name__, type(int.__add__).__name__, type(object.__dict__["__init__"]).__name__, type(len).__name__)
print(type(str.__dict__["maketrans"]).__name__, type(dict.__dict__["fromkeys"]).__name__, type(int.__dict__["real"]).__name__)
class E:
    def __init_subclass__(cls, /, **kw): print("subclass", cls.__name__, kw)
class F(E, k=1): pass
print(F.__bases__, F.__base__, E.__subclasses__())
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], G["x"])
try:
    Outer[int]
except TypeError as e:
    print(e)
try:
    class Bad(5): pass
except TypeError as e:
    print(e)
try:
    class Bad2(int, str): pass
except TypeError as e:
    print(e)
try:
    class Bad3(bool): pass
except TypeError as e:
    print(e)
print(type("Dyn", (Outer,), {"v": 1})().v, type("Q", (), {}).__qualname__)
o = object()
try:
    o.__class__ = Outer
except TypeError as e:
    print(e)
class P1: pass
class P2: pass
p = P1(); p.__class__ = P2; print(type(p).__name__)
print(vars(P1).get("__dict__").__class__.__name__ if False else "", P1.__dict__["__weakref__"].__class__.__name__ if "__weakref__" in P1.__dict__ else "noweakref")
print(sorted(k for k in P1.__dict__))
