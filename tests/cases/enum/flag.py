from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RWX = Perm.R | Perm.W | Perm.X
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X), repr(RWX), str(RWX))
print(Perm.R in RWX, Perm.W in Perm.R, (Perm.R | Perm.W) & Perm.W, Perm.R ^ RWX)
print(list(RWX), len(RWX), len(Perm.R), len(Perm(0)), list(Perm(0)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.X))
print(repr(~Perm.R), repr(~RWX), repr(~Perm(0)), ~~Perm.W is Perm.W)
print(Perm(7) is RWX, Perm(6), Perm(5).value, repr(Perm(3)))
print(list(Perm), len(Perm), f"{Perm.R | Perm.W}", format(Perm.X))
print(Perm.R | Perm.R is Perm.R, (Perm.R | Perm.W) == Perm(6), hash(Perm.R | Perm.W) == hash(Perm(6)))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Color), Color.WHITE, repr(Color.WHITE), Color.NONE, repr(Color.NONE))
print(Color.RED | Color.GREEN | Color.BLUE is Color.WHITE, Color(0) is Color.NONE)
print(list(Color.WHITE), Color.__members__.keys())
print([c.value for c in Color], Color.WHITE.value, len(Color.WHITE))
print(repr(~Color.RED), repr(Color.WHITE & ~Color.GREEN))
for c in (Color.RED | Color.BLUE):
    print(' ', c.name)


class Options(Flag):
    NONE = 0
    VERBOSE = auto()
    DEBUG = auto()
    QUIET = auto()


opts = Options.NONE
opts |= Options.VERBOSE
opts |= Options.DEBUG
print(opts, Options.VERBOSE in opts, Options.QUIET in opts, bool(opts & Options.QUIET))
opts &= ~Options.VERBOSE
print(opts, repr(opts))
print(Options.VERBOSE.name, (Options.VERBOSE | Options.QUIET).name, Options(0).name)

try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)
try:
    Perm('r')
except ValueError as e:
    print('ValueError:', e)
