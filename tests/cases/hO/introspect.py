class Base:
    """Base doc."""
    x: int = 1
    y: "str"
    def method(self):
        "method doc"
        return 1
    class Inner:
        class Deeper:
            def m(self): pass

class Child(Base):
    pass

def show(cls):
    print(cls.__name__, cls.__qualname__, cls.__module__, cls.__bases__, cls.__base__)
    print(" mro", cls.__mro__)
    print(" mro()", cls.mro())
    print(" doc", repr(cls.__doc__))
    print(" keys", sorted(k for k in cls.__dict__))

show(Base)
show(Child)
show(Base.Inner.Deeper)
print(Base.Inner.Deeper.m.__qualname__, Base.method.__qualname__, Base.method.__doc__)
print(Base.__annotations__, Child.__dict__.get("__annotations__"))
print(type(Base.__dict__).__name__, type(Base.__dict__))
print(Base.__dict__["x"], Base.__dict__["method"])  if False else print(Base.__dict__["x"])
print([c.__name__ for c in Base.__subclasses__()])
print(object.__base__, object.__bases__, object.__mro__, type.__mro__, type.__base__)
print(int.__mro__, bool.__mro__, bool.__base__, type(type), type(object))
print(Child.__dict__)
try:
    Child.__dict__["z"] = 1
except Exception as e:
    print(type(e).__name__, e)
print("x" in Child.__dict__, "x" in Base.__dict__, Child.__dict__.get("x", "nope"))
print(len(Child.__dict__), sorted(Child.__dict__.keys()))
mp = Base.__dict__
print(type(mp.copy()).__name__, isinstance(mp, dict))
print(Base.__name__, end=" ")
Base.__name__ = "Renamed"
print(Base.__name__, Base.__qualname__, Base)
Base.__qualname__ = "Q.R"
print(Base, Base.__name__)
try:
    Base.__name__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Base.__qualname__ = None
except Exception as e:
    print(type(e).__name__, e)
Base.__module__ = "mymod"
print(Base, repr(Base))
print(int.__name__, int.__qualname__, int.__module__, type(None).__name__, type(...).__name__)
try:
    int.__name__ = "Int"
except Exception as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    del Child.__name__
except Exception as e:
    print(type(e).__name__, e)
class D(Child, Base.Inner):
    pass
print(D.__mro__)
print(D.__bases__, D.__base__)
try:
    class X(Base, Child): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Y(int, str): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Z(Child, Child): pass
except Exception as e:
    print(type(e).__name__, e)
class E: pass
print(E.__doc__, E.__dict__.get("__doc__", "missing"), "__doc__" in E.__dict__)

print(E.__dict__["__module__"], "__weakref__" in E.__dict__, "__dict__" in E.__dict__)
print("__dict__" in D.__dict__, "__weakref__" in D.__dict__)
print(sorted(E.__dict__))
