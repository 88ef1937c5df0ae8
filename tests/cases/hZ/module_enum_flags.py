from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED, Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color.WHITE, list(Color), Color(3), Color(0), bool(Color(0)))
print(Color.RED in Color.WHITE, Color.WHITE & Color.GREEN, ~Color.RED, Color.WHITE.value, [c.name for c in Color.WHITE] if hasattr(Color.WHITE, "__iter__") else "")
try:
    Color(8)
except ValueError as e:
    print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R + 1, repr(Perm(0)), Perm(8) if False else "", Perm.R == 4, repr(Perm(5)))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, Status(404), Status.OK < 300, Status["NOT_FOUND"], repr(Status.OK), int(Status.OK), f"{Status.OK}", str(Status.OK))
class Animal(Enum):
    CAT = 1
    DOG = 2
    KITTY = 1
print(list(Animal), Animal.KITTY is Animal.CAT, Animal(2), Animal["DOG"], Animal.CAT.name, Animal.CAT.value, len(Animal), Animal.__members__.keys())
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    Animal(5)
except ValueError as e:
    print(e)
try:
    Animal.CAT = 5
except AttributeError as e:
    print(e)
class Auto(Enum):
    A = auto()
    B = auto()
    def describe(self): return f"{self.name}={self.value}"
print(Auto.B.describe(), repr(Auto.A), {Auto.A: 1}[Auto.A], Auto.A == 1, isinstance(Auto.A, Auto))
