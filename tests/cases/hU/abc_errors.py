import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except Exception as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except Exception as e:
    print(type(e).__name__, e)
class Full(Half):
    def perimeter(self): return 2
    name = "full"
print(Full().area(), Full().perimeter(), Full().name)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Full.__abstractmethods__)
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
try:
    One()
except Exception as e:
    print(type(e).__name__, e)
class CM(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
try:
    CM()
except Exception as e:
    print(type(e).__name__, e)
print(CM.make.__isabstractmethod__ if hasattr(CM.make, '__isabstractmethod__') else 'no attr')
class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def go(self): pass
try:
    Meta()
except Exception as e:
    print(type(e).__name__, e)
# abstractmethods computed at class creation; later assignment does not update
class Late(abc.ABC):
    pass
Late.m = abc.abstractmethod(lambda self: 0)
print(Late(), Late.__abstractmethods__) if False else print(type(Late()).__name__, Late.__abstractmethods__)
abc.update_abstractmethods(Late)
try:
    Late()
except Exception as e:
    print(type(e).__name__, e)
# __abstractmethods__ on type
try:
    type.__abstractmethods__
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__abstractmethods__
except Exception as e:
    print(type(e).__name__, e)
class Manual:
    pass
Manual.__abstractmethods__ = frozenset({'x', 'a'})
try:
    Manual()
except Exception as e:
    print(type(e).__name__, e)
Manual.__abstractmethods__ = frozenset()
print(type(Manual()).__name__)
# register / virtual subclasses
class Sized2(abc.ABC):
    pass
Sized2.register(list)
print(issubclass(list, Sized2), isinstance([], Sized2), Sized2.register(tuple) is tuple)
@Sized2.register
class Reg: pass
print(issubclass(Reg, Sized2), Sized2 in Reg.__mro__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, 'quack'):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
try:
    Sized2.register(5)
except Exception as e:
    print(type(e).__name__, e)
class NewWithArgs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self, a):
        pass
try:
    NewWithArgs(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    NewWithArgs()
except Exception as e:
    print(type(e).__name__, e)
print(abc.ABC.__abstractmethods__, type(abc.ABC).__name__)
