import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__.keys(), [m.name for m in Color.__members__.values()], Color.RED.name, Color.RED.value)
print(Color.RED in Color, 1 in Color if False else '', Color.RED == 1, hash(Color.RED) == hash(Color.RED), format(Color.RED), f'{Color.BLUE!s:>12}|')
for bad in [lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: Color.RED < Color.BLUE]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class X(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Y(Color): pass
except TypeError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, repr(Num.ONE), str(Num.ONE), f'{Num.TWO}', Num(2), Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm.RWX, Perm(0), repr(Perm(0)), Perm.R in Perm.RWX, list(Perm.RWX), ~Perm.R, bool(Perm(0)))
print(Perm(7), Perm(3).name, Perm.R.value, [p.name for p in Perm], len(Perm))
try: Perm(8)
except ValueError as e: print(e)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 8, IP(12), IP.A + 1, ~IP.A, repr(IP(0)))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self): return f'{self.name.lower()}={self.value}'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
print(Shape('square'), Shape.CIRCLE.describe())
try: Shape(9)
except ValueError as e: print(e)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B + '!', S.A == 'a', S('bee'))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, repr(Planet.MARS))
Animal = Enum('Animal', 'ANT BEE CAT'); print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Dyn = Enum('Dyn', [('X', 10), ('Y', 20)]); print(Dyn.Y, Dyn(10))
class Ord(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 'a'
    def __str__(self): return 'Ord:' + self.value
print(Ord.A, list(Ord), Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color.RED, Color))
print(enum.Enum.__name__, Color.GREEN._value_, Color._member_names_, Perm.__members__['RWX'])
class Mixed(int, Enum):
    X = 5
print(Mixed.X + 1, repr(Mixed.X), format(Mixed.X, '03d'))
try: Color.RED.value = 3
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
