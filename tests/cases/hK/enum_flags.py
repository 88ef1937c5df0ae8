import enum
from enum import Enum, Flag, IntFlag, auto, IntEnum
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, repr(~Color.RED), Color.RED ^ Color.WHITE, Color(5), len(Color.WHITE), Color.WHITE & 3 if False else '', Color.RED | Color.GREEN in Color.WHITE)
print([c.name for c in Color.WHITE], Color(6).name, repr(Color(0)), Color.RED.__class__, Color['BLUE'], bool(Color.RED & Color.GREEN))
class Strict(Flag, boundary=enum.STRICT):
    A = 1; B = 2
class Cn(Flag, boundary=enum.CONFORM):
    A = 1; B = 2
class Ej(IntFlag, boundary=enum.EJECT):
    A = 1; B = 2
class Kp(Flag, boundary=enum.KEEP):
    A = 1; B = 2
for f in [lambda: Strict(7), lambda: Cn(7), lambda: Ej(7), lambda: Kp(7), lambda: repr(Kp(7))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Weekday(IntEnum):
    MON = 1; TUE = 2
    @property
    def weekend(self): return False
    def __str__(self): return self.name.title()
print(Weekday.MON, f'{Weekday.MON}', format(Weekday.TUE, 'd'), Weekday.MON.weekend, Weekday(2) + Weekday(1), Weekday.MON.real, -Weekday.TUE, Weekday['MON'] is Weekday.MON)
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto(); Y = auto()
print(Auto.X.value, list(Auto))
class A2(Enum):
    A = auto(); B = 10; C = auto()
print(list(A2), [m.value for m in A2])
class Stat(Enum):
    ON = 1
    OFF = 0
    def __bool__(self): return bool(self.value)
print(bool(Stat.OFF), bool(Stat.ON), Stat.ON.__hash__() == hash(Stat.ON), Stat.ON is Stat(1))
class WithMeth(Enum):
    A = 1
    B = 2
    def next(self): 
        ms = list(type(self)); return ms[(ms.index(self) + 1) % len(ms)]
    @classmethod
    def first(cls): return next(iter(cls))
    @staticmethod
    def s(): return 'static'
print(WithMeth.A.next(), WithMeth.B.next(), WithMeth.first(), WithMeth.s(), WithMeth.A.s())
print(dir(WithMeth.A)[:3] if False else '', sorted(WithMeth.__members__), Color.__members__.keys(), type(Color.__members__).__name__)
class Nm(Enum):
    x = 1
    y = enum.nonmember(2) if hasattr(enum, 'nonmember') else 2
print(list(Nm), Nm.y)
try:
    class Bad(Enum):
        mro = 1
except ValueError as e: print(e)
try:
    class Bad2(Enum):
        _sunder_ = 1
except ValueError as e: print(e)
class Base(Enum):
    def hello(self): return 'hello ' + self.name
class Child(Base):
    K = 1
print(Child.K.hello(), Child.K)
try: Enum('X', 'a b', module=__name__)('zzz')
except ValueError as e: print(e)
E2 = Enum('E2', {'a': 1, 'b': 2}); print(list(E2), E2.a, repr(E2.b), E2.__qualname__)
I2 = IntEnum('I2', 'p q', start=10); print(list(I2), I2.p + 0)
print(enum.Flag.__mro__ if False else '', IntFlag.__mro__[1:3], repr(Color), repr(Weekday), str(Color), Color.__name__)
print(Color.RED.value, Color._value2member_map_.get(1), sorted(Color._member_map_))
class Pseudo(IntFlag):
    R = 4; W = 2; X = 1
print(Pseudo(7), repr(Pseudo(7)), repr(Pseudo(8)), Pseudo.R | 8, str(Pseudo.R | Pseudo.W), format(Pseudo.R | Pseudo.W), f'{Pseudo.X!r}', Pseudo(0), int(Pseudo.R | Pseudo.X))
class Mo(enum.StrEnum):
    A = 'a'
print(Mo.A.upper(), Mo('a'), 'x' + Mo.A, f'{Mo.A:>3}', Mo.A.__str__(), repr(Mo.A), Mo.A == 'a', Mo.A in {'a'})
try:
    class Bs(enum.StrEnum):
        X = 1
except TypeError as e: print(e)
class Ord(enum.Enum):
    LOW = 1; HIGH = 2
    def __lt__(self, o): return self.value < o.value
print(sorted([Ord.HIGH, Ord.LOW]), Ord.LOW < Ord.HIGH)
class Dup(Enum):
    A = 1; B = 1; C = 2
print(list(Dup), Dup.B, Dup(1), Dup.__members__['B'], len(Dup.__members__))
