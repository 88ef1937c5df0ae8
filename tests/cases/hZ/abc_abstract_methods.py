from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Sq(Half):
    name = "square"
print(Sq().describe(), isinstance(Sq(), Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Duck:
    def quack(self): pass
class Quacker(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
print(isinstance(Duck(), Quacker), issubclass(int, Quacker))
class Reg(metaclass=ABCMeta): pass
Reg.register(int); print(isinstance(5, Reg), issubclass(bool, Reg), issubclass(str, Reg))
from collections.abc import Iterable, Sequence, Mapping, Callable, Hashable, Sized
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(len, Callable), isinstance([], Hashable), isinstance("", Iterable), issubclass(dict, Sized))
class MySeq(Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
s = MySeq(); print(list(s), 4 in s, s.index(4), s.count(2), list(reversed(s)))
