import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, member, nonmember, ReprEnum
class Col(str, Enum):
    RED = "r"
    GREEN = "g"
print(Col.RED, repr(Col.RED), f"{Col.RED}", Col.RED == "r", Col.RED.upper(), "%s" % Col.GREEN, str(Col.GREEN), format(Col.GREEN, ">5"))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), f"{Num.TWO}", str(Num.TWO), format(Num.TWO, "03d"), Num.ONE + Num.TWO, "%d" % Num.TWO, "{:>4}".format(Num.ONE))
class Plain(Enum):
    A = 1
print(str(Plain.A), f"{Plain.A}", format(Plain.A, ">10"), "%s" % Plain.A)
class Strict(Flag, boundary=STRICT):
    A = 1; B = 2
try: Strict(7)
except ValueError as e: print("ValueError", e)
class Conf(Flag, boundary=CONFORM):
    A = 1; B = 2
print(repr(Conf(7)), repr(Conf(4)))
class Ej(Flag, boundary=EJECT):
    A = 1; B = 2
print(repr(Ej(7)), type(Ej(7)).__name__, repr(Ej(3)))
class Kp(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(Kp(7)), Kp(7).value, repr(Kp(12)))
class IF(IntFlag):
    R = 4; W = 2; X = 1
print(repr(IF(15)), IF(15), repr(IF.R | 8), IF.R | IF.W, repr(~IF.R), IF(0), list(IF(7)), IF.R in IF(6))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
except ValueError as e: print("ValueError", e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        C = 5
except ValueError as e: print("ValueError", e)
class M(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def func(x): return x
print(list(M)[0], M.helper, M.func.value(3) if callable(M.func.value) else M.func)
class Ign(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    X = 1
print(list(Ign), hasattr(Ign, "tmp"))
class Ord(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ord))
try:
    class BadOrd(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e: print("TypeError", e)
class Pl(Enum):
    X = 1
    @enum.property
    def doubled(self): return self.value * 2
print(Pl.X.doubled)
class Ps(Flag):
    A = auto(); B = auto(); C = auto()
    AB = A | B
    NONE = 0
print(list(Ps), Ps.NONE, repr(Ps.AB), Ps(3), Ps.A in Ps.AB, Ps.AB._value_, Ps.__members__.keys())
print(repr(Ps.A | Ps.C), str(Ps.A | Ps.C), (Ps.A | Ps.C).name, bool(Ps.NONE), Ps.A ^ Ps.AB, Ps.AB & ~Ps.A)
print(enum.show_flag_values(7) if hasattr(enum, "show_flag_values") else "", IF._boundary_ if hasattr(IF, "_boundary_") else "", Ps._boundary_)
class Shape(Enum):
    CIRCLE = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.CIRCLE
print(Shape.CIRCLE.describe(), Shape.default(), Shape.CIRCLE.__class__.__mro__[1:3] if False else "", dir(Shape.CIRCLE)[:3] if False else "", sorted(dir(Shape)) )
class Dup(Enum):
    A = 1
    B = 1
print(Dup.B, Dup.__members__, list(Dup), len(Dup))
print(Enum("Dyn", "A B", start=10).B.value, Enum("Dyn2", {"X": "x"}).X, IntFlag("F", "A B C").C, Flag("F2", [("A", 1), ("B", 8)]).B)
class T(Enum):
    def _generate_next_value_(name, start, count, last_values): return (count + 1) * 100
    A = auto()
    B = auto()
print(T.A.value, T.B.value)
class AutoStr(StrEnum):
    FIRST = auto()
    Second = auto()
print(AutoStr.FIRST, AutoStr.Second, list(AutoStr))
try:
    class SE(StrEnum):
        A = 1
except TypeError as e: print("TypeError", e)
class Mixed(Enum):
    A = 1
    B = "b"
    C = (1, 2)
print([m.value for m in Mixed], Mixed((1, 2)), Mixed("b"))
try: Enum("Bad", "A A")
except TypeError as e: print("TypeError", e)
try:
    class Re(Enum):
        A = 1
        A = 2
except TypeError as e: print("TypeError", e)
try:
    class Mro(Enum):
        name = 1
except ValueError as e: print("ValueError", e)
print(Plain.A.__reduce_ex__(4), type(Plain.__members__).__name__, Plain.__members__)
