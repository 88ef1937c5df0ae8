from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__.keys(), [m for m in Color.__members__], Color.RED.name, Color.RED.value, f'{Color.RED}', format(Color.GREEN), str(Color.BLUE))
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PINK']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.BLUE
except Exception as e:
    print(type(e).__name__, e)
print(Color.RED in Color, 1 in [m.value for m in Color], Color.RED == 1, hash(Color.RED) == hash(Color.RED), type(Color.RED), Color)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, f'{Num.TWO}', format(Num.ONE, '03d'), str(Num.ONE), Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, repr(Perm(0)), bool(Perm(0)), rw & Perm.W, rw ^ Perm.R, Perm(7), len(rw))
class P2(IntFlag):
    A = 1
    B = 2
    C = 8
print(P2.A | P2.B, repr(P2.A | P2.B), P2(3), repr(P2(16)), P2.A | 4, repr(P2.A | 4), P2.C + 1, str(P2.A | P2.C), format(P2.B, 'd'), ~P2.A, repr(P2(0)))
class Shape(StrEnum):
    SQ = auto()
    CIRCLE = 'circ'
print(Shape.SQ, repr(Shape.SQ), Shape.CIRCLE == 'circ', Shape.SQ.upper(), f'{Shape.CIRCLE}', Shape('sq'))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value, repr(A.Y))
class F2(Flag):
    P = auto()
    Q = auto()
    R = auto()
    PQ = P | Q
print(list(F2), F2.PQ, repr(F2.PQ), F2(3), F2.P | F2.Q is F2.PQ, list(F2.__members__))
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()
print(Lower.A.value, Lower.B)
class Miss(Enum):
    ZERO = 0
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Miss('0'), Miss(0))
try:
    Miss('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Ext(Color):
        PINK = 5
except TypeError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), repr(Planet.MERCURY))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Animal2 = Enum('Animal2', [('DOG', 'd'), ('EMU', 'e')])
print(Animal2.DOG, Animal2('e'))
class Method(Enum):
    A = 1
    def describe(self):
        return f'{self.name}={self.value}'
    @classmethod
    def first(cls):
        return next(iter(cls))
print(Method.A.describe(), Method.first(), Method.A._name_, Method.A._value_)
print(isinstance(Color, EnumMeta), issubclass(Num, int), Color.RED.__class__.__name__, enum.Enum.__name__)
print({Color.RED: 'r'}[Color.CRIMSON], Color.__members__['CRIMSON'])
class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    V = 1
print(list(WithIgnore))
print(Perm.R.value, Perm.R.name, rw.name, Perm(0).name, P2(3).name)
print(enum.IntFlag.__mro__[1].__name__, Num.ONE.__class__.__mro__[1].__name__)
class Str2(str, Enum):
    A = 'a'
print(Str2.A, repr(Str2.A), f'{Str2.A}', Str2.A == 'a')
class Intm(int, Enum):
    Q = 5
print(Intm.Q, f'{Intm.Q}', format(Intm.Q))
