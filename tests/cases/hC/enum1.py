import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED in Color, type(Color.RED))
print(f"{Color.RED}", f"{Color.RED!r}", str(Color.GREEN), format(Color.BLUE, ""), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO * 3, f"{N.ONE}", N(2), N.ONE < N.TWO, sorted([N.TWO, N.ONE]), str(N.ONE), format(N.ONE, "03d"))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(0), repr(Perm(0)), Perm.RWX, list(Perm.RWX) if hasattr(Perm, '__iter__') else '', Perm.R in Perm.RWX, ~Perm.R, bool(Perm(0)))
print(list(Perm), Perm(6), (Perm.R | Perm.X).name, Perm.RWX.value, Perm.R & Perm.W)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 8, repr(IP(12)), IP.A + 1, str(IP.A), f"{IP.B}")
class A(Enum):
    X = auto()
    Y = auto()
class L(StrEnum):
    FOO = auto()
    BAR = "bar!"
print(list(A), A.X.value, L.FOO, repr(L.FOO), L.BAR.upper(), L.FOO == "foo", f"{L.BAR}")
class G(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    P = auto()
    Q = auto()
print(list(G), G.P.value)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    class E2(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class E3(Color):
        PINK = 9
except TypeError as e:
    print(e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(Planet.EARTH, Planet.EARTH.value, round(Planet.MARS.g, 4))
F = Enum("F", "A B C")
print(list(F), F.B.value, repr(F.C))
F2 = Enum("F2", [("X", 10), ("Y", 20)])
print(F2.Y, F2(10))
F3 = IntEnum("F3", {"LOW": 1, "HIGH": 9})
print(repr(F3.HIGH), F3.LOW + F3.HIGH)
class M(Enum):
    A = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def first(cls):
        return next(iter(cls))
print(M.A.describe(), M.first(), M.A.__class__.__name__, Color.__members__['CRIMSON'])
print(dir(Color)[:5] if False else isinstance(Color.RED, Enum), issubclass(N, int))
print(Perm.R | Perm.W | Perm.X, repr(Perm(5)), Perm.R ^ Perm.RWX)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print([s for s in Shape], list(Shape.__members__))
print(Color.RED._value_, Color._member_names_, Color._value2member_map_ if False else "")
print(enum.Enum.__name__, IntEnum.__mro__[1].__name__)
try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    N("x")
except ValueError as e:
    print(e)
