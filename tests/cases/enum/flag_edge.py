# Flag edge cases: big bits, negatives, aliases, sparse masks, pseudo-member identity.
from enum import Flag, IntFlag, Enum, IntEnum, auto
class Big(Flag):
    LOW = 1
    HIGH = 1 << 70
print(repr(Big.LOW | Big.HIGH), list(Big.LOW | Big.HIGH), repr(~Big.LOW))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(repr(Perm(-1)), repr(Perm(-8)), repr(Perm.R ^ 5), repr(5 ^ Perm.R), Perm.R < Perm.W, repr(-Perm.R))
print((Perm.R | Perm.W) is (Perm.R | Perm.W), Perm(6) is Perm.R | Perm.W)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    PURPLE = RED | BLUE
    WHITE = RED | GREEN | BLUE
print(repr(Color.PURPLE | Color.GREEN), repr(Color(5)), repr(Color(6)), list(Color(7)), str(Color(3)))
print(Color._member_names_, list(Color.__members__), len(Color))
print(repr(Color.WHITE ^ Color.RED), Color.PURPLE in Color.WHITE, Color.RED in Color.PURPLE)
class Sparse(Flag):
    A = 1
    C = 4
print(repr(Sparse(5)), repr(~Sparse.A))
try: Sparse(2)
except ValueError as e: print(e)
class Weird(IntEnum):
    A = 1
    B = 2
print(Weird.A | Weird.B, Weird.A & 3, type(Weird.A | Weird.B))
class E(Enum):
    A = 1
print(E.A.__reduce_ex__(2), E._missing_(5), E.A.__hash__() == hash('A'))
print(sorted(set([E.A, E.A])), {E.A: 1} == {E.A: 1})
import copy
print(copy.copy(Perm.R | Perm.X), copy.deepcopy(Color.WHITE))
