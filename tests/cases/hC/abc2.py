from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, abstractstaticmethod, get_cache_token
import abc
class Shape(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    @property
    @abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class One(Shape):
    def zeta(self): return 1
try:
    One()
except TypeError as e:
    print(e)
class All(One):
    def alpha(self): return 2
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return "h"
    @property
    def area(self): return 3.0
a = All.make(); print(a.zeta(), a.alpha(), a.area, All.helper(), sorted(Shape.__abstractmethods__), All.__abstractmethods__)
class Old(metaclass=ABCMeta):
    @abstractproperty
    def p(self): ...
    @abstractclassmethod
    def c(cls): ...
    @abstractstaticmethod
    def s(): ...
try:
    Old()
except TypeError as e:
    print(e)
class Single(ABC):
    @abstractmethod
    def only(self): ...
try:
    Single()
except TypeError as e:
    print(e)
class Late(ABC): pass
Late.m = abstractmethod(lambda self: 0)
print(Late(), Late.__abstractmethods__) if False else print(type(Late()).__name__)
abc.update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print(e)
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), isinstance("", Sized), issubclass(int, Sized), isinstance(1, Sized))
class Base(ABC): pass
@Base.register
class Virt: pass
print(issubclass(Virt, Base), isinstance(Virt(), Base), Virt.__mro__[1].__name__, Base.register(int) is int, isinstance(5, Base))
print(type(get_cache_token()).__name__, ABC.__slots__ if hasattr(ABC, "__slots__") else None, type(ABC).__name__, abc.ABCMeta.__name__)
try:
    class Bad(ABC, metaclass=type): pass
except TypeError as e:
    print(type(e).__name__, e)
class WithInit(ABC):
    def __init__(self, x): self.x = x
    @abstractmethod
    def run(self): ...
class Impl(WithInit):
    def run(self): return self.x * 2
print(Impl(21).run(), isinstance(Impl(1), WithInit))
try:
    WithInit(1)
except TypeError as e:
    print(e)
