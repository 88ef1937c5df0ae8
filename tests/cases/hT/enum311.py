import enum
from enum import Enum, IntEnum, StrEnum, ReprEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, global_enum, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, property as eprop
class Color(Enum):
    RED = 1
    GREEN = 2
print(str(Color.RED), repr(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED!r}")
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(str(Num.ONE), repr(Num.ONE), format(Num.ONE), f"{Num.ONE:>5}", Num.ONE + 1)
class S(StrEnum):
    A = auto()
    B = "bee"
    CamelCase = auto()
print(str(S.A), repr(S.A), format(S.B), S.A == "a", S.CamelCase, S.B.upper(), list(S))
try:
    class Bad(StrEnum):
        X = 1
except Exception as e:
    print(type(e).__name__, e)
class Perm(IntFlag):
    R = 4
    W = 2
      X = 1
except Exception as e: print(type(e).__name__, e)
print(str(Perm.R | Perm.W), repr(Perm.R | Perm.W), format(Perm.R), Perm(7), repr(Perm(0)), repr(Perm(8)))
print(list(Perm.R | Perm.X), len(Perm(7)), Perm.R in Perm(5), ~Perm.R)
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
print(repr(F.A | F.B), str(F.A | F.B), repr(~F.A), repr(F(0)), bool(F(0)), list(F))
try:
    F(16)
except Exception as e:
    print(type(e).__name__, e)
class SF(Flag, boundary=STRICT):
    A = 1
    B = 2
try:
    SF(7)
except Exception as e:
    print(type(e).__name__, e)
class CF(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(CF(7)))
class EF(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(EF(7)), type(EF(7)).__name__)
class KF(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(KF(7)))
print(FlagBoundary.STRICT, repr(FlagBoundary.KEEP))
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1
        B = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    @verify(CONTINUOUS)
    class C2(Enum):
        A = 1
        B = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    @verify(NAMED_FLAGS)
    class NF(Flag):
        A = 1
        B = 2
        C = 7
except Exception as e:
    print(type(e).__name__, e)
class M(Enum):
    A = 1
    f = member(lambda x: x)
    g = nonmember(5)
    def h(self): return 3
print(list(M)[0], M.g, M.f, M.A.h())
try:
  class MyRepr(ReprEnum):
      X = 1
except Exception as e: print(type(e).__name__, e)
class P(Enum):
    A = 1
    @eprop
    def double(self): return self.value * 2
print(P.A.double)
print(Color["RED"], Color(2), Color.RED.name, Color.RED.value)
try:
    Color(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    Color["PINK"]
except Exception as e:
    print(type(e).__name__, repr(e))
print(Num.ONE.__format__(""), "%s %d" % (Num.ONE, Num.ONE), "{}".format(Num.TWO))
class Mixed(int, Enum):
    A = 1
print(str(Mixed.A), format(Mixed.A), f"{Mixed.A}")
class Planet(float, Enum):
    EARTH = 1.5
print(str(Planet.EARTH), format(Planet.EARTH), f"{Planet.EARTH:>9}")
print(enum.show_flag_values(7) if hasattr(enum, 'show_flag_values') else '')
print(Perm.R._name_, Perm(6)._name_, F(3).name)
print(dir(Color))
print(Color.__members__)
