from enum import Enum, IntEnum, Flag, IntFlag, auto, EnumMeta
import enum
class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, "P.X", "km")
    PY = (1, "P.Y", "km")
print(Coordinate.PY, Coordinate.PY.label, Coordinate(1), Coordinate.PX.value)
class Ordinal(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    FIRST = ()
    SECOND = ()
print(list(Ordinal), Ordinal.SECOND.value)
A = Enum("A", "x y z", start=10)
print(list(A), A.z.value, A.__module__ if False else '', repr(A.x))
B = Enum("B", {"p": "pp", "q": "qq"}, type=str)
print(list(B), B.p.upper(), isinstance(B.p, str))
C = IntEnum("C", [("lo", 1), ("hi", 2)])
print(C.hi > C.lo, C.hi + 1, repr(C(2)))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, repr(p), p & 4, type(p & 4).__name__, p | 8, repr(p | 8), p ^ Perm.R, ~p, repr(~p), Perm(0), len(p), list(p), Perm.R in p, 4 in p if False else '')
print(int(p), p == 5, p + 1, hex(p), f"{p:03b}", format(Perm.W, "d"), str(Perm.W), p.name, (Perm.R | Perm.W | Perm.X).name)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.WHITE), list(Color.WHITE), len(Color.WHITE), Color(3), repr(Color(0)), bool(Color(0)), ~Color.RED, Color.RED | Color.GREEN | Color.BLUE is Color.WHITE)
print([c.name for c in Color], Color.__members__.keys() if False else list(Color.__members__), Color._member_map_.keys() if False else '')
class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    @classmethod
    def _missing_(cls, value):
        return None
try:
    Status(5)
except ValueError as e:
    print(e)
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Bad(5)
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)
class Animal(Enum):
    CAT = "cat"
    DOG = "dog"
    @property
    def sound(self):
        return {"cat": "meow", "dog": "woof"}[self.value]
    def __str__(self):
        return self.value
print(Animal.CAT.sound, str(Animal.DOG), f"{Animal.DOG}", f"{Animal.DOG!r}", "%s" % Animal.CAT, Animal("dog"))
print(Animal.CAT.name, Animal.CAT._name_, Animal.CAT.__class__ is Animal, Animal.__members__["DOG"], Animal.CAT in Animal, "cat" in [a.value for a in Animal])
try:
    Animal.CAT.name = "x"
except AttributeError as e:
    print(e)
try:
    del Animal.CAT
except AttributeError as e:
    print(e)
try:
    Animal.COW = "cow"
except AttributeError as e:
    print(e)
try:
    Animal()
except TypeError as e:
    print(e)
print(type(Animal), isinstance(Animal, EnumMeta), Animal.__name__, Animal.__qualname__, len(Animal), list(reversed(Animal)), bool(Animal))
print(sorted(Animal, key=lambda a: a.value, reverse=True), {Animal.CAT: 1}[Animal.CAT], Animal.CAT == Animal.CAT, Animal.CAT != "cat", Animal.CAT is Animal("cat"))
class Sizes(IntEnum):
    S = 1
    M = 2
    L = 3
print(sorted([Sizes.L, 1, Sizes.M]), max(Sizes), sum(Sizes), [s * 2 for s in Sizes], Sizes.M in range(5), list(range(Sizes.L)), "abcd"[Sizes.M])
print(Sizes.S.__class__.__mro__[:3] if False else Sizes.__mro__[1].__name__, enum.IntEnum.__mro__[1].__name__)
