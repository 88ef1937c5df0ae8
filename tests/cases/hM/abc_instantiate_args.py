from abc import ABC, abstractmethod
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Shape2(ABC):
    def __init__(self, n): self.n = n
    @abstractmethod
    def area(self): ...
for f in [lambda: Shape(), lambda: Shape(5), lambda: Shape(k=1), lambda: Shape2(), lambda: Shape2(1), lambda: cabc.Iterable(1), lambda: cabc.Sized()]:
    try: f()
    except TypeError as e: print(e)
class WithNew(ABC):
    def __new__(cls, *a): return "from __new__"
    @abstractmethod
    def f(self): ...
print(WithNew(), WithNew(1))
class SuperNew(ABC):
    def __new__(cls, *a): return super().__new__(cls)
    @abstractmethod
    def f(self): ...
for f in [lambda: SuperNew(), lambda: SuperNew(1)]:
    try: f()
    except TypeError as e: print(e)
class ListABC(list, ABC):
    @abstractmethod
    def g(self): ...
print(ListABC([1, 2]), type(ListABC()).__name__)
class Concrete(Shape):
    def area(self): return 1
print(Concrete().area())
try: Concrete(1)
except TypeError as e: print(e)
