# Custom __new__, _missing_, _ignore_, member attributes and descriptors.
from enum import Enum, IntEnum, nonmember, member
import enum


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord(1), Coord.PX.value, Coord.PX == b"\x00")


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj


class Color(AutoNumber):
    RED = ()
    GREEN = ()
    BLUE = ()


print(list(Color), Color(2))


class Status(IntEnum):
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    OK = 200, 'OK', 'Request fulfilled'
    NOT_FOUND = 404, 'Not Found'


print(Status.OK, repr(Status.NOT_FOUND), Status(404).phrase, Status.OK.description, Status.OK + 1)


class Animal(Enum):
    DOG = 'dog'
    CAT = 'cat'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Animal('DOG'), Animal('Cat'))
try:
    Animal('cow')
except ValueError as e:
    print('ValueError:', e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    Bad(2)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))


class Raising(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)


try:
    Raising(3)
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period), hasattr(Period, 'i'))


class Consts(Enum):
    A = 1
    B = 2
    LIMIT = nonmember(99)
    TABLE = nonmember({'x': 1})

    @member
    def helper(x):
        return x * 2


print(list(Consts)[:2], Consts.LIMIT, Consts.TABLE, callable(Consts.helper.value))
print(Consts.helper.value(21))


class Planet(Enum):
    EARTH = 1

    def __init__(self, value):
        self.visited = False


Planet.EARTH.visited = True
print(Planet.EARTH.visited, Planet(1).visited)


class Counter(Enum):
    ONE = 1
    TWO = 2
    __private = 'secret'


print(list(Counter), Counter._Counter__private)


class Attrs(Enum):
    X = 1
    _secret = 5
    __dunder__ = 'd'


print(list(Attrs), Attrs._secret if False else 'ok')
print(Color.RED.RED is Color.RED, Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else '')
