# Coverage for the enum rewrite: boundaries, verify, _ignore_, auto in tuples, StrEnum args.
from enum import (Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE,
                  CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP, member, nonmember,
                  show_flag_values)
import enum


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=>', repr(r))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R | Perm.X), Perm.RWX.name)
print(repr(Perm(0)), repr(Perm(8)), repr(Perm(15)), repr(~Perm.R), list(Perm.RWX), len(Perm.RWX))
print([m.name for m in Perm], list(Perm.__members__))


class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


class Strict(Flag):
    A = 1
    B = 2


class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conf(7)), repr(Conf(2)), repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)))
print(repr(Kp(7)), repr(Kp(12)), str(Kp(12)), repr(~Kp.A))
attempt('strict', lambda: Strict(5))
attempt('strict str', lambda: Strict('a'))
print(Strict._boundary_, Conf._boundary_, Perm._boundary_, enum.Flag._boundary_)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print([c.value for c in Color], repr(Color.NONE), repr(Color(0)), bool(Color.NONE))
print(repr(Color.RED | Color.BLUE), repr(Color.WHITE & ~Color.GREEN), Color.RED in Color.WHITE)
print(show_flag_values(13), enum.bin(5), enum.bin(-5), enum.bin(3, 6))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return f'{self.name.lower()} with value {self.value}'

    @classmethod
    def favourite(cls):
        return cls.CIRCLE

    @property
    def double(self):
        return self.value * 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, Shape(2).name)
print(Shape.DIAMOND.describe(), Shape.favourite(), Shape.CIRCLE.double, list(reversed(Shape)))
attempt('unique', lambda: unique(Shape))
attempt('verify unique', lambda: verify(UNIQUE)(Shape))


def gappy():
    @verify(CONTINUOUS)
    class G(IntEnum):
        A = 1
        B = 2
        E = 5
    return G


def gappy_flag():
    @verify(CONTINUOUS)
    class G(Flag):
        A = 1
        D = 8
    return G


def unnamed():
    @verify(NAMED_FLAGS)
    class G(Flag):
        A = 1
        B = 2
        ABC = 7
        AX = 9
    return G


attempt('continuous', gappy)
attempt('continuous flag', gappy_flag)
attempt('named flags', unnamed)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((3.303e+23, 2.4397e6)))


class Tup(Enum):
    A = (auto(), 'x')
    B = (auto(), 'y')


print(Tup.A.value, Tup.B.value)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 'bogus'
        return None


print(Lenient('one'), Lenient('TWO'))
attempt('missing bogus', lambda: Lenient(99))
attempt('missing key', lambda: Lenient('three'))
attempt('missing none', lambda: Lenient(3))


class Period(Enum):
    _ignore_ = 'k'
    for k in range(3):
        locals()['D%d' % k] = k


print(list(Period), hasattr(Period, 'k'))


class Mixed(Enum):
    A = 1
    helper = nonmember(10)
    B = member(lambda x: x + 1)


print(list(Mixed.__members__), Mixed.helper, Mixed.B.value(1))


class Lower(StrEnum):
    ALPHA = auto()
    BETA = 'Beta'
    RAW = b'raw', 'ascii'


print(list(Lower), str(Lower.ALPHA), format(Lower.BETA, '>6'), Lower.RAW == 'raw', f'{Lower.ALPHA}')
attempt('strenum int', lambda: StrEnum('S', [('A', 1)]))
attempt('strenum enc', lambda: StrEnum('S', [('A', (b'a', 1))]))
Fn = Enum('Fn', 'x y z', start=10)
print(list(Fn), Fn.__module__, Fn.y.value)
Fn2 = IntFlag('Fn2', ['P', 'Q'])
print(repr(Fn2.P | Fn2.Q), Fn2.Q.value)
Fn3 = Enum('Fn3', {'u': 'U', 'v': 'V'}, module='mymod', qualname='Out.Fn3')
print(Fn3.__module__, Fn3.__qualname__, Fn3.u)


def late_gnv():
    class Bad(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


attempt('late gnv', late_gnv)
attempt('sunder', lambda: Enum('X', [('_bad_', 1)]))


def order_bad():
    class O(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


attempt('order', order_bad)
print(sorted(dir(Shape.SQUARE))[:6], 'describe' in dir(Shape.SQUARE), 'SQUARE' in dir(Shape))
