from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)
print(sorted([Ver(1, 2), Ver(1, 0), Ver(0, 9)]), Ver(1) < Ver(1, 1), Ver(1, tags=["x"]) == Ver(1), repr(Ver(2)))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class Pt:
    x: float
    y: float = 0.0
p = Pt(1.5)
try:
    p.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Pt(1.5, 0.0)), replace(p, y=3), asdict(p), astuple(p), [f.name for f in fields(Pt)])
@dataclass
class Inv:
    name: str
    qty: int = 1
    price: float = field(default=0.0, repr=False)
    def total(self): return self.qty * self.price
    def __post_init__(self):
        if self.qty < 0: raise ValueError("qty")
i = Inv("w", 2, 1.5); print(i, i.total(), i == Inv("w", 2, 1.5), Inv.__eq__ is not None, Inv.__hash__)
try:
    Inv("x", -1)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        l: list = []
except ValueError as e:
    print(e)
@dataclass
class Child(Inv):
    extra: str = "e"
print(Child("c"), asdict(Child("n", extra="z")))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
