# abc: abstract methods, registration, caches, hooks, deprecated helpers, update_abstractmethods
import abc
import io

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def helper(): ...
    @abc.abstractproperty
    def prop(self): ...
    def concrete(self):
        return 'c'

print(sorted(Base.__abstractmethods__), type(Base).__name__, abc.ABC.__slots__)
try:
    Base()
except TypeError as e:
    print('TypeError', e)

class Half(Base):
    def run(self):
        return 'ran'
    @classmethod
    def make(cls):
        return cls
print(sorted(Half.__abstractmethods__))

class Full(Half):
    @staticmethod
    def helper():
        return 'h'
    prop = 3
f = Full()
print(f.run(), f.make().__name__, f.helper(), f.prop, f.concrete(), Full.__abstractmethods__)
print(abc.abstractclassmethod.__mro__[1].__name__, abc.abstractclassmethod.__isabstractmethod__,
      abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__module__)

class Proto(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            return hasattr(C, 'quack')
        return NotImplemented

class Duck:
    def quack(self):
        pass
print(issubclass(Duck, Proto), isinstance(Duck(), Proto), issubclass(int, Proto), isinstance(3, Proto))

class Reg(abc.ABC):
    pass
class Other:
    pass
class OtherChild(Other):
    pass
tok = abc.get_cache_token()
print(issubclass(Other, Reg), isinstance(OtherChild(), Reg))
print(Reg.register(Other) is Other, abc.get_cache_token() == tok + 1)
print(issubclass(Other, Reg), issubclass(OtherChild, Reg), isinstance(OtherChild(), Reg), Reg.register(Other) is Other)
class SubReg(Reg):
    pass
@SubReg.register
class ViaSub:
    pass
print(issubclass(ViaSub, Reg), issubclass(ViaSub, SubReg), issubclass(Reg, SubReg), ViaSub.__name__)
for bad in (lambda: Reg.register(3), lambda: SubReg.register(Reg), lambda: issubclass(3, Reg)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)

class Liar(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Liar)
except AssertionError as e:
    print('AssertionError', e)

buf = io.StringIO()
Proto._dump_registry(buf)
text = buf.getvalue().splitlines()
print(text[0], [line.split(':')[0] for line in text])
Reg._abc_caches_clear(); Reg._abc_registry_clear()
print(issubclass(Other, Reg))

class Later(abc.ABC):
    @abc.abstractmethod
    def one(self): ...
def one(self):
    return 1
Later.one = one
print(sorted(Later.__abstractmethods__), abc.update_abstractmethods(Later) is Later, Later.__abstractmethods__, Later().one())
Later.two = abc.abstractmethod(lambda self: 2)
print(sorted(abc.update_abstractmethods(Later).__abstractmethods__), abc.update_abstractmethods(int) is int)
class Kw(abc.ABC):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class KwChild(Kw, y=2):
    pass
