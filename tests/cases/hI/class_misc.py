import abc
class A:
    "Doc of A."
    def m(self): return "A.m"
class B:
    def m(self): return "B.m"
a = A()
a.__class__ = B
print(a.m(), type(a).__name__, isinstance(a, A), A.__doc__, B.__doc__, A.__module__)
try: a.__class__ = int
except TypeError as e: print("TypeError", e)
try: (1).__class__ = bool
except TypeError as e: print("TypeError", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try: S1().__class__ = S2
except TypeError as e: print("TypeError", e)
try: a.__class__ = 5
except TypeError as e: print("TypeError", e)
def outer():
    class Local:
        def meth(self):
            def inner(): pass
            return inner
    return Local
L = outer()
print(L.__qualname__, L.__name__, L().meth().__qualname__, L.meth.__qualname__, outer.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0 for _ in "a"][0].__qualname__, (x for x in ()).__qualname__)
class Nest:
    class Inner:
        class Deep: pass
print(Nest.Inner.Deep.__qualname__, repr(Nest.Inner.Deep).replace("__main__.", "M."))
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Base()
except TypeError as e: print("TypeError", e)
class Half(Base):
    def run(self): return "run"
try: Half()
except TypeError as e: print("TypeError", e)
class Full(Half):
    def stop(self): pass
    name = "full"
print(Full().run(), Full.__abstractmethods__, Half.__abstractmethods__ == frozenset({"stop", "name"}), isinstance(Full(), Base))
class Meta(abc.ABCMeta): pass
class Reg(metaclass=Meta): pass
Reg.register(int)
print(isinstance(5, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
class IC(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is str
class Any42(metaclass=IC): pass
print(isinstance(42, Any42), isinstance(41, Any42), issubclass(str, Any42), issubclass(int, Any42), isinstance(42, (int, Any42)))
try: isinstance(1, 1)
except TypeError as e: print("TypeError", e)
try: issubclass(1, int)
except TypeError as e: print("TypeError", e)
try: issubclass(int, (int, 1))
except TypeError as e: print("TypeError", e)
print(issubclass(int, (str, (float, int))), isinstance(1, ()), issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
class WithDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(WithDir()))
class Empty: pass
print([n for n in dir(Empty()) if not n.startswith("__")], "__init__" in dir(Empty), sorted(Empty.__dict__.keys()))
print(type(Empty.__dict__).__name__, Empty.__bases__, object.__bases__, Empty.__base__, type.__base__, Empty.__mro__)
try: Empty.__dict__["x"] = 1
except TypeError as e: print("TypeError", e)
def deco1(c): print("deco1", c.__name__); c.d1 = True; return c
def deco2(arg):
    def inner(c): print("deco2", arg, c.__name__); c.d2 = arg; return c
    return inner
@deco1
@deco2("x")
class Decorated: pass
print(Decorated.d1, Decorated.d2)
def make(): return lambda c: "replaced"
@make()
class Gone: pass
print(Gone)
class Annot:
    a: int
    b: str = "s"
    c = 3
print(Annot.__annotations__, hasattr(Annot, "a"), Annot.b)
def fa(x: int, *a: str, y: "Y" = 1, **k: float) -> None: pass
print(fa.__annotations__)
v: int = 5
print(__annotations__)
class EmptyBases():
    pass
print(EmptyBases.__bases__)
class Cls:
    x = 1
    def get_x(self): return self.x
    y = get_x
c = Cls(); c.x = 2
print(c.y(), Cls.y(Cls), Cls.get_x is Cls.y, c.get_x == c.y, c.get_x is c.get_x)
Cls.z = lambda self: "patched"
print(c.z(), Cls().z())
c.w = lambda: "instance lambda (no self)"
print(c.w())
print(object.__new__(Cls).x, Cls.__new__(Cls).__class__.__name__)
try: object.__new__(int)
except TypeError as e: print("TypeError", e)
try: int.__new__(str)
except TypeError as e: print("TypeError", e)
try: object.__init__(1, 2)
except TypeError as e: print("TypeError", e)
