from enum import Enum, Flag, IntFlag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck, auto
import enum


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))


def check(label, build):
    try:
        cls = build()
    except ValueError as e:
        print(label, 'ValueError:', e)
    else:
        print(label, 'ok', list(cls))


def dup():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
    return Mistake


check('unique', dup)


def v_unique():
    @verify(UNIQUE)
    class Color(Enum):
        RED = 1
        CRIMSON = 1
        GREEN = 2
    return Color


def v_cont():
    @verify(CONTINUOUS)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 5
    return Color


def v_cont_ok():
    @verify(CONTINUOUS, UNIQUE)
    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
    return Color


def v_flag_cont():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 2
        D = 8
    return F


def v_named():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31
    return Color


def v_named_ok():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        YELLOW = 3
    return Color


for label, fn in [('v_unique', v_unique), ('v_cont', v_cont), ('v_cont_ok', v_cont_ok),
                  ('v_flag_cont', v_flag_cont), ('v_named', v_named), ('v_named_ok', v_named_ok)]:
    check(label, fn)

print(list(EnumCheck))
print(repr(UNIQUE), str(CONTINUOUS), UNIQUE == 'one name per value')
print(repr(enum.STRICT), repr(enum.KEEP), enum.CONFORM, list(enum.FlagBoundary))


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Keep(7)), repr(Eject(3)))
print(repr(~Keep.A), repr(~Conform.A), repr(~Eject.A))
