from enum import Enum, auto, IntEnum, Flag


class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()


print(list(A), [m.value for m in A])


class B(Enum):
    FIRST = 10
    SECOND = auto()
    THIRD = 'three'
    FOURTH = 40
    FIFTH = auto()


print([m.value for m in B])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Lower))


class Counted(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (name, start, count, list(last_values))

    P = auto()
    Q = auto()
    R = 'explicit'
    S = auto()


for m in Counted:
    print(m.name, m.value)


class Ordinal(IntEnum):
    ZERO = 0
    ONE = auto()
    TWO = auto()


print(list(Ordinal))


class F(Flag):
    A = auto()
    B = auto()
    C = 16
    D = auto()


print([m.value for m in F])


class WithTuple(Enum):
    A = auto(), 'first'
    B = auto(), 'second'


print([m.value for m in WithTuple])
print(repr(auto()))
a = auto()
print(type(a).__name__)


class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return count * 100


class Derived(Base):
    M = auto()
    N = auto()


print(list(Derived))
