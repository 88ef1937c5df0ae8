import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(6), repr(Perm(0)), Perm.RWX, repr(Perm.RWX & ~Perm.W))
print(list(Perm), list(Perm.R | Perm.X), Perm.W in Perm.RWX, bool(Perm(0)), len(Perm.RWX), ~Perm.R)
print((Perm.R | Perm.W).name, Perm(0).name, Perm.RWX.value)
try: Perm(8)
except Exception as e: print(type(e).__name__, e)
class Color(IntFlag):
    RED = auto(); GREEN = auto(); BLUE = auto()
print(Color.RED | Color.BLUE, repr(Color.RED | 8), Color.RED + 1, Color(3), repr(~Color.RED), format(Color.GREEN), str(Color.GREEN))
print(Color.RED | 2, isinstance(Color.RED | 2, Color), Color(0), repr(Color(0)))
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B.upper(), S("bee"), f"{S.A}", S.A == "a", list(S))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape.ALIAS is Shape.SQUARE, list(Shape.__members__), Shape.__members__["ALIAS"])
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError", e)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value, repr(Auto.Y))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
A2 = Enum("A2", [("X", 10), ("Y", 20)])
print(A2.X.value, A2["Y"], A2(20))
A3 = IntEnum("A3", {"P": 5, "Q": 6}, module=__name__)
print(A3.P + A3.Q, repr(A3.Q), A3.P < A3.Q)
try: Shape.SQUARE < Shape.CIRCLE
except Exception as e: print(type(e).__name__, e)
try: Shape("x")
except Exception as e: print(type(e).__name__, e)
try: Shape["NOPE"]
except Exception as e: print(type(e).__name__, e)
try: Shape.SQUARE = 5
except Exception as e: print(type(e).__name__, e)
try:
    class E(Shape): pass
except Exception as e: print(type(e).__name__, e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Ord(IntEnum):
    LOW = 1
    HIGH = 2
print(sorted([Ord.HIGH, Ord.LOW]), max(Ord), Ord.HIGH * 2, hash(Ord.LOW) == hash(1), Ord(2))
print(Shape.SQUARE.name, Shape.SQUARE.value, type(Shape.SQUARE), Shape.__name__, isinstance(Shape.SQUARE, Shape))
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 0 else None
print(WithMissing(0))
try: WithMissing(5)
except Exception as e: print(type(e).__name__, e)
print(Perm.__members__.keys(), Perm._member_names_ if hasattr(Perm, "_member_names_") else None)
class F2(Flag):
    A = auto(); B = auto(); C = auto()
    AB = A | B
print(list(F2), F2.AB, repr(F2.A | F2.B | F2.C), F2(7).name)
print(enum.Flag.__name__, Color.__members__.get("RED"), Perm.R.__class__.__name__)
