from enum import Enum, IntEnum, global_enum, unique, auto, Flag
@global_enum
class Sev(IntEnum):
    LOW = 1
    HIGH = 2
print(repr(LOW), str(LOW), repr(Sev.HIGH), LOW + HIGH)
@global_enum
class Kind(Enum):
    A = auto()
print(repr(A), str(A))
@global_enum
class FF(Flag):
    X = 1
    Y = 2
print(str(Y))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except Exception as e:
    print(type(e).__name__, e)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    X = auto()
    Y = auto()
print(list(Ord), Ord.X.value)
class WithInit(Enum):
    A = (1, "one")
    B = (2, "two")
    def __init__(self, num, word):
        self.num = num
        self.word = word
print(WithInit.A.num, WithInit.B.word, WithInit((1, "one")))
class Missing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == "x" else None
print(Missing("x"))
try:
    Missing("y")
except Exception as e:
    print(type(e).__name__, e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Animal2 = Enum("Animal2", [("X", 10), ("Y", 20)])
print(repr(Animal2.Y))
try:
    Animal.ANT = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    del Animal.ANT
except Exception as e:
    print(type(e).__name__, e)
try:
    class Ext(Animal2):
        Z = 1
except Exception as e:
    print(type(e).__name__, e)
print(Animal.ANT < Animal.BEE if False else "cmp skipped")
try:
    Animal.ANT < Animal.BEE
except Exception as e:
    print(type(e).__name__, e)
print(hash(Animal.ANT) == hash(Animal.ANT), Animal.ANT is Animal(1))
print(Sev.__members__.keys())
print(isinstance(Sev.LOW, int), type(Sev.LOW))
