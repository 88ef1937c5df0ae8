# Enum subclassing: shared behaviour in member-less bases, mixins, __init_subclass__.
from enum import Enum, IntEnum, Flag, auto


class Describable:
    def describe(self):
        return f'{type(self).__name__}:{self.name}={self.value!r}'


class Base(Describable, Enum):
    @classmethod
    def names(cls):
        return [m.name for m in cls]

    def __str__(self):
        return self.name.title()


class Fruit(Base):
    APPLE = 1
    BANANA = 2


class Veg(Base):
    CARROT = 'c'


print(Fruit.names(), Veg.names(), Fruit.APPLE.describe(), str(Veg.CARROT), repr(Fruit.BANANA))
print(Fruit.__mro__)
print(isinstance(Fruit.APPLE, Base), isinstance(Fruit.APPLE, Describable), Fruit.APPLE != Veg.CARROT)


class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('subclass created:', cls.__name__)


class Sub(Registered):
    X = 1


print(list(Sub))


class StrMixin(str):
    def shout(self):
        return self.upper() + '!'


class Greeting(StrMixin, Enum):
    HI = 'hi'
    BYE = 'bye'


print(Greeting.HI.shout(), repr(Greeting.BYE), Greeting.HI == 'hi', Greeting._member_type_)


class Tagged(Enum):
    def __init__(self, code, label):
        self.code = code
        self.label = label

    @classmethod
    def by_code(cls, code):
        for m in cls:
            if m.code == code:
                return m
        raise LookupError(code)


class Country(Tagged):
    FRANCE = ('FR', 'France')
    JAPAN = ('JP', 'Japan')


print(Country.by_code('JP'), Country.FRANCE.label, Country(('FR', 'France')))


class Exit(IntEnum):
    OK = 0
    FAIL = 1

    @property
    def failed(self):
        return self != Exit.OK


print(Exit.FAIL.failed, Exit.OK.failed, bool(Exit.OK), bool(Exit.FAIL), Exit(1) or 'zero')


class Base2(Flag):
    def pretty(self):
        return '+'.join(m.name for m in self)


class Caps(Base2):
    A = auto()
    B = auto()
    C = auto()


print((Caps.A | Caps.C).pretty(), Caps(0).pretty() == '', list(Caps))


class Checked(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('checking', cls.__name__, [m.name for m in cls], list(cls.__members__))
        for m in cls:
            if not isinstance(m.value, int):
                raise TypeError(f'{cls.__name__}.{m.name} must be an int')


class GoodCodes(Checked):
    OK = 0
    WARN = 1


try:
    class BadCodes(Checked):
        OK = 0
        BAD = 'x'
except TypeError as e:
    print('TypeError:', e)


def failing_init():
    class Broken(Enum):
        A = 1

        def __init__(self, value):
            raise KeyError('no init for ' + self.name)


try:
    failing_init()
except KeyError as e:
    print('KeyError:', e)
