# Overridden __str__/__format__/__repr__, odd member names, global_enum, tuple mixins.
from enum import Enum, IntEnum, StrEnum, Flag, global_enum
import enum


class Odd(Enum):
    name = 1
    value = 2
    other = 3


print(Odd.name, Odd.value, repr(Odd.other), Odd.name.name, Odd.name.value, Odd.value.name)
print(list(Odd), hash(Odd.name) == hash('name'))


class F(Enum):
    A = 1

    def __format__(self, spec):
        return 'custom' + spec


print(format(F.A, 'x'), f"{F.A}", str(F.A))


class S(Enum):
    A = 1

    def __str__(self):
        return 'S-' + self.name


print(format(S.A), f"{S.A:>6}|", str(S.A), repr(S.A))


class I(IntEnum):
    A = 1

    def __str__(self):
        return 'I-' + self.name


print(format(I.A), f"{I.A}", f"{I.A:>4}", str(I.A), repr(I.A))


class J(int, Enum):
    A = 1

    def __str__(self):
        return 'J-' + self.name


class K(StrEnum):
    A = 'a'

    def __str__(self):
        return 'K-' + self.name


class Mixin:
    def __str__(self):
        return 'M-str'


class L(Mixin, IntEnum):
    A = 1


class Base(IntEnum):
    def __str__(self):
        return 'B-' + self.name


class Sub(Base):
    A = 1


class N(IntEnum):
    A = 1

    def __format__(self, spec):
        return 'N-fmt'


for e in (J, K, L, Sub, N):
    m = e.A
    print(e.__name__, str(m), format(m), f"{m:>5}", repr(m))


class R(Enum):
    A = 1

    def __repr__(self):
        return 'R!'


print(repr(R.A), [R.A], str(R.A))


class T(tuple, Enum):
    A = (1, 2)
    B = (3, 4)


print(repr(T.A), T.A[0], T.B, len(T.A), T((3, 4)))


@global_enum
class G(IntEnum):
    GA = 1
    GB = 2


print(repr(GA), str(GB), GA + 1, G.GA is GA, repr(G.GB))


@global_enum
class GE(Enum):
    GX = 'x'


print(repr(GX), str(GX), GE('x'))


class Desc(Enum):
    A = 1
    B = 2

    @property
    def label(self):
        return self.name.lower()

    def __init__(self, v):
        self.double = v * 2


print(Desc.B.label, Desc.A.double, [d.double for d in Desc], Desc.__dict__['A'] is Desc.A)


class WithDoc(Enum):
    """Docs here."""
    A = 1


print(WithDoc.__doc__, WithDoc.A.__doc__)


class Eq(Enum):
    A = 1
    B = 1.0
    C = True


print(Eq.B is Eq.A, Eq.C is Eq.A, list(Eq))


class Nums(IntEnum):
    ONE = 1


print(Nums(1.0), Nums.ONE.numerator, sorted(Nums.__members__), Nums(True))
print(dict(enum.Flag.__members__), dict(IntEnum.__members__))
