from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Sq(2)
except TypeError as e:
    print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    name = "square"
s = Sq2(3)
print(s.area(), s.perimeter(), s.name, isinstance(s, Shape), Shape.__abstractmethods__ == frozenset({"area", "perimeter", "name"}), Sq2.__abstractmethods__)
print(type(Shape), type(Shape).__name__, Shape.__mro__)
class Iface(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iface:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
class Dog:
    pass
print(issubclass(Duck, Iface), isinstance(Dog(), Iface), isinstance(Duck(), Iface))
Iface.register(Dog)
print(issubclass(Dog, Iface), isinstance(Dog(), Iface))
@Iface.register
class Reg:
    pass
print(Reg.__name__, issubclass(Reg, Iface))
try:
    Iface.register(5)
except TypeError as e:
    print(e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)
class Meta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return "meta-magic"
        return super().__getattribute__(name)
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
class WM(metaclass=Meta):
    x = 1
WM.y = 2
print(WM.magic, WM.x, WM.y)
from collections.abc import Sequence, Mapping, Iterable, Sized, Callable, Hashable
class MySeq(Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError(i)
        return i
ms = MySeq()
print(list(ms), ms.index(1), ms.count(0), 1 in ms, list(reversed(ms)), isinstance(ms, Iterable))
try:
    class Bad(Mapping): pass
    Bad()
except TypeError as e:
    print(e)
print(isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable), isinstance(5, Sized))
