# ABCs seen through inspect.isabstract: abstract properties/class/static methods, register, update_abstractmethods.
import abc, inspect
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perim(self): ...
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
print(inspect.isabstract(Half), Half.__abstractmethods__)
class Meta(abc.ABCMeta): pass
class X(metaclass=Meta):
    @abc.abstractmethod
    def f(self): pass
print(inspect.isabstract(X))
@abc.ABC.register
class V: pass
print(issubclass(V, abc.ABC))
class Dyn(abc.ABC):
    pass
Dyn.g = abc.abstractmethod(lambda self: 0)
abc.update_abstractmethods(Dyn)
print(inspect.isabstract(Dyn), Dyn.__abstractmethods__)
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
print(sorted(P.__abstractmethods__), P.p.__isabstractmethod__)
class Init(abc.ABC):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass abstract?', inspect.isabstract(cls))
    @abc.abstractmethod
    def m(self): ...
class Sub(Init):
    pass
class Concrete(Init):
    def m(self): ...
import enum
class AE(enum.Enum):
    A = 1
print(inspect.isabstract(AE), inspect.isabstract(enum.Enum))
