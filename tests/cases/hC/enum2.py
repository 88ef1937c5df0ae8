from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, ReprEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, member, nonmember, property as eprop, global_enum
import enum
from dataclasses import dataclass
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
    WEEKDAY = MON | TUE | WED | THU | FRI
print(Weekday.WEEKEND, Weekday.MON | Weekday.SUN, repr(Weekday.MON | Weekday.SAT | Weekday.SUN), list(Weekday.WEEKDAY), len(Weekday), ~Weekday.WEEKDAY)
print(Weekday(0).name, Weekday.MON.value, [m.name for m in Weekday], Weekday.WEEKEND.name, (Weekday.MON | Weekday.TUE).name)
print(list(Weekday.__members__), Weekday(3), Weekday.MON in Weekday.WEEKDAY, bool(Weekday.MON & Weekday.WEEKEND))
class Strict(Flag, boundary=STRICT):
    A = 1; B = 2
try:
    Strict(5)
except ValueError as e:
    print(e)
class Conf(Flag, boundary=CONFORM):
    A = 1; B = 2
print(Conf(7), repr(Conf(4)))
class Ej(Flag, boundary=EJECT):
    A = 1
print(Ej(3), type(Ej(3)).__name__)
class Kp(IntFlag):
    A = 1
print(repr(Kp(9)), Kp(9), Kp.A | 16)
class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    def __str__(self): return self.name.title()
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Mood("H"), repr(Mood("S")), f"{Mood.HAPPY}", format(Mood.SAD))
try:
    Mood(5)
except ValueError as e:
    print(e)
@dataclass
class Pair:
    a: int
    b: int
class PE(Pair, Enum):
    ONE = 1, 2
    TWO = 3, 4
print(PE.ONE, repr(PE.TWO), PE.ONE.a, PE.TWO.value)
class Num(int, Enum):
    A = 5
    B = 6
print(Num.A, repr(Num.A), Num.A + 1, f"{Num.B}", str(Num.A))
class Sv(str, Enum):
    X = "ex"
print(Sv.X, repr(Sv.X), f"{Sv.X}", Sv.X + "!", Sv.X.upper(), str(Sv.X) == "Sv.X")
class Ord(Enum):
    A = 1; B = 2
    def __lt__(self, other): return self.value < other.value
print(sorted([Ord.B, Ord.A]), max(Ord), min(Ord))
try:
    Ord.A < 1
except TypeError as e:
    print(e)
try:
    Ord.A + Ord.B
except TypeError as e:
    print(e)
class WithNon(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def f(): return 3
print(list(WithNon), WithNon.helper)
class Cfg(Enum):
    _ignore_ = ["tmp"]
    X = 1
    tmp = 9
print(list(Cfg))
try:
    @verify(UNIQUE)
    class VU(Enum):
        A = 1; B = 1
except ValueError as e:
    print(e)
try:
    @verify(CONTINUOUS)
    class VC(IntEnum):
        A = 1; C = 3
except ValueError as e:
    print(e)
class St(StrEnum):
    A = "alpha"
    B = auto()
print(St.A, repr(St.B), St("alpha"), St.A == "alpha", "%s" % St.A, St.A.value, St.B.lower())
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print(e)
print(Weekday.MON.__class__.__mro__[1].__name__, isinstance(Weekday, EnumMeta), type(Weekday).__name__)
print(Num.__members__["A"] is Num.A, Num(5) is Num.A, Num["B"].value)
print(Ord.A.__reduce_ex__(2)[0].__name__ if False else Ord.A.name, hash(Ord.A) == hash(Ord.A))
class Empty(Enum): pass
print(list(Empty), len(Empty), repr(Empty))
class E2(Empty):
    X = 1
print(E2.X)
print(enum.unique(Ord) is Ord, Ord.__members__)
print(repr(Weekday.MON | Weekday.TUE | Weekday.WED))
class Cnt(IntEnum):
    ZERO = 0
print(bool(Cnt.ZERO), Cnt.ZERO == 0, int(Cnt.ZERO), [Cnt.ZERO] == [0])
import pickle
print(pickle.loads(pickle.dumps(Ord.B)) is Ord.B)
print(dir(Ord.A)[:0], Ord.A.__doc__ if False else '', Ord.__doc__ if False else '', Ord.A in Ord, 1 in [m.value for m in Ord])
