from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
from typing import NamedTuple, Optional, List
import enum

@dataclass
class Point:
    x: int
    y: int = 0
@dataclass(frozen=True)
class Circle:
    center: Point
    r: float = 1.0
@dataclass
class Cmd:
    name: str
    args: list = field(default_factory=list)

def describe(o):
    match o:
        case Point(x=0, y=0): return "origin"
        case Point(x=0, y=y): return f"on y axis at {y}"
        case Point(x, 0): return f"on x axis at {x}"
        case Circle(center=Point(x=cx, y=cy), r=r) if r > 5: return f"big circle at ({cx},{cy})"
        case Circle(): return "small circle"
        case [Point() as p, *rest]: return f"list starting with {p} and {len(rest)} more"
        case {"type": "move", "dx": int(dx), **kw}: return f"move {dx} extra={sorted(kw)}"
        case (1 | 2 | 3) as n: return f"small number {n}"
        case str() if len(o) > 3: return "long string"
        case str(s): return f"short {s!r}"
        case [a, b]: return f"pair {a},{b}"
        case {"k": None}: return "k is None"
        case float(f) | int(f): return f"number {f}"
        case Color.RED: return "red!"
        case _: return f"unknown {type(o).__name__}"

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self): return f"{self.name.lower()}={self.value}"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 10), Circle(Point(0, 0)),
          [Point(1, 1), 2, 3], {"type": "move", "dx": 3, "z": 1, "a": 2}, {"type": "move", "dx": "3"}, 2, "hello", "hi",
          (1, 2), {"k": None, "j": 1}, 2.5, 7, Color.RED, Color.GREEN, None]:
    print(describe(o))
print(Color.RED, repr(Color.RED), Color(2), Color("blue"), Color["GREEN"], list(Color), len(Color), Color.RED.describe())
try: Color(7)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print(repr(e))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, ~Perm.R, Perm(0), list(rw), bool(Perm(0)), rw.value)
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.LOW < Pri.HIGH, Pri.MID + 1, sorted([Pri.HIGH, Pri.LOW]), repr(Pri.MID), str(Pri.MID), f"{Pri.MID}", Pri(3).name, int(Pri.HIGH))
class Status(str, Enum):
    OK = "ok"
    ERR = "error"
print(Status.OK == "ok", Status("error"), repr(Status.ERR), f"{Status.OK}", Status.OK.value, isinstance(Status.OK, str))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__.keys() if False else list(Alias.__members__))
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet: print(p, round(p.gravity, 3), p.value)
print(Point(1, 2), Point(1) == Point(1, 0), asdict(Circle(Point(1, 2))), astuple(Circle(Point(1, 2))), replace(Point(1, 2), y=5))
print([f.name for f in fields(Circle)], Circle(Point(0, 0)) == Circle(Point(0, 0)), hash(Circle(Point(0, 0), 2.0)) == hash(Circle(Point(0, 0), 2.0)) if False else "")
try: Circle(Point(0, 0)).r = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(WithPost(3), WithPost(3, 10))
@dataclass(order=True, slots=True)
class S:
    k: int
    v: str = field(compare=False, default="")
print(sorted([S(3, "c"), S(1, "a"), S(2)]), S(1) < S(2), hasattr(S(1), '__dict__'))
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None
e = Emp("ann")
print(e, e._fields, e._field_defaults, Emp._make(["b", "ops", 3]), e[0], e._asdict())
try: Emp()
except TypeError as ex: print(ex)
try: Point()
except TypeError as ex: print(ex)
try: Point(1, 2, 3)
except TypeError as ex: print(ex)
try: Point(1, z=3)
except TypeError as ex: print(ex)
