import enum, typing
from enum import Enum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, ReprEnum, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, IntEnum, StrEnum
class Cc(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    Cc(7)
except Exception as e: print(type(e).__name__, e)
class Cf(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(Cf(7), repr(Cf(7)))
class Ce(Flag, boundary=EJECT):
    A = 1
print(Ce(3), type(Ce(3)))
class Ck(Flag, boundary=KEEP):
    A = 1
    B = 2
print(Ck(7), repr(Ck(7)), repr(Ck(4)))
try:
    @verify(UNIQUE)
    class V1(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        C = 7
except ValueError as e: print(e)
class Mem(Enum):
    A = 1
    f = nonmember(3)
    @member
    def g(x): return x
print(list(Mem)[0], Mem.f, Mem.g.value(5) if callable(Mem.g.value) else Mem.g)
print(Cf.__members__.keys() if False else list(Cf.__members__), repr(Cf.A | Cf.B), str(Cf.A | Cf.B), format(Cf.A))
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto(); THU = auto(); FRI = auto(); SAT = auto(); SUN = auto()
    WEEKEND = SAT | SUN
print(Weekday.WEEKEND, repr(Weekday.MON | Weekday.SUN), list(Weekday.WEEKEND), list(Weekday), ~Weekday.WEEKEND, repr(~Weekday.MON))
class Ip(IntFlag):
    R = 4; W = 2; X = 1
print(repr(~Ip.R), ~Ip.R, Ip.R | Ip.W | Ip.X, repr(Ip(7)), Ip(7).name, repr(Ip(8)), Ip(8), Ip.R in Ip(5), list(Ip(7)), Ip.R & 5, repr(Ip.R & 5), Ip.R + Ip.W)
class Sh(IntEnum):
    A = 1
print(Sh.A * 3, repr(Sh.A), '%s %d %r' % (Sh.A, Sh.A, Sh.A), '{} {!r} {:d}'.format(Sh.A, Sh.A, Sh.A), str(Sh.A), Sh.A.__str__(), Sh.A.__format__(''))
class Col(Enum):
    R = 'r'
    G = 'g'
print('%s %r' % (Col.R, Col.R), '{:>5}|{:<6}|'.format(Col.R, Sh.A), f'{Col.G!s:^9}|')
print(Col._member_map_.keys(), Col._value2member_map_, Col._member_names_, Col.R.__reduce_ex__(2))
print(dir(Col.R)[:5], sorted(dir(Col)))
print(Col.__members__, repr(Col.__members__).split('(')[0])
print(Col('r') is Col.R, Col.R.__hash__() == hash('R'), Col.__len__(), list(reversed(Col)), Col.__contains__(Col.R))
class TE(enum.Enum):
    X = 1
    def __str__(self): return 'custom'
print(TE.X, f'{TE.X}', repr(TE.X))
class Ord(Enum):
    def __lt__(self, o): return self.value < o.value
    A = 2; B = 1
print(sorted(Ord), max(Ord, key=lambda m: m.value))
class Mixed(str, Enum):
    def __new__(cls, v, label):
        obj = str.__new__(cls, v); obj._value_ = v; obj.label = label; return obj
    X = ('x', 'Ex')
    Y = ('y', 'Why')
print(Mixed.X, Mixed.X.label, Mixed('y'), repr(Mixed.Y), Mixed.X.value)
print(enum.Enum('Q', {'a': 1, 'b': 2}), list(enum.IntEnum('Z', 'p q', start=10)), enum.Flag('FF', 'a b c').c)
class Empty(Enum): pass
print(list(Empty), len(Empty), bool(Empty), Empty)
class ExtE(Empty):
    Z = 1
print(ExtE.Z, ExtE.__mro__[1].__name__)
try:
    Col.R.value = 3
except Exception as e: print(type(e).__name__, e)
try:
    del Col.R
except Exception as e: print(type(e).__name__, e)
try:
    Col()
except Exception as e: print(type(e).__name__, e)
try:
    class Bad(Enum):
        mro = 1
except Exception as e: print(type(e).__name__, e)
try:
    class Bad2(Enum):
        _sunder_ = 1
except Exception as e: print(type(e).__name__, e)
print(enum.EnumType, enum.EnumMeta is enum.EnumType, isinstance(Sh.A, int), Sh.A.real, Sh(True))
class D(enum.IntEnum):
    A = 1
    B = 1.0
print(list(D), D.B, D(1))
print(repr(enum.auto()), enum.unique.__name__)
class SE(StrEnum):
    A = auto(); BB = auto()
print(list(SE), SE.BB.value, str(SE.A), repr(SE.A), '%s' % SE.A, SE.A + 'x')
try:
    class SE2(StrEnum):
        A = 1
except TypeError as e: print(e)
