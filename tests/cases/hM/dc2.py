import dataclasses
from dataclasses import dataclass, field, InitVar, fields, astuple, asdict, replace, KW_ONLY
from typing import ClassVar, List
@dataclass
class Base:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), repr(Derived(1, 2, ["a"], 3)), [f.name for f in fields(Derived)])
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
try: K(1)
except Exception as e: print(type(e).__name__, e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), [ (f.name, f.kw_only) for f in fields(K2)])
@dataclass(slots=True)
class Sl:
    a: int
    b: str = "x"
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, "__dict__"))
try: s.c = 1
except Exception as e: print(type(e).__name__, e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
w = WithInit(3)
print(w, fields(w)[0].name, len(fields(w)), WithInit(3, 5))
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = field(default=0, compare=False, repr=False)
print(P(1, 2) < P(2, 0), P(1, 5) == P(1, 6), sorted([P(3), P(1), P(2)]), hash(P(1)) == hash(P(1, 9)))
try: P(1).x = 2
except Exception as e: print(type(e).__name__, e)
try: del P(1).x
except Exception as e: print(type(e).__name__, e)
try: P(1) < 5
except Exception as e: print(type(e).__name__, e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])), H.__hash__ is not None)
@dataclass
class NoHash:
    a: int
print(NoHash.__hash__)
@dataclass
class Nest:
    p: P
    items: list
    d: dict
n = Nest(P(1, 2), [P(3)], {"k": P(4)})
print(astuple(n), asdict(n))
print(replace(P(1, 2), x=9), dataclasses.is_dataclass(n), dataclasses.is_dataclass(Nest), dataclasses.is_dataclass(1))
try: replace(w, a=1)
except Exception as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print("ValueError", e)
try:
    @dataclass(frozen=True)
    class FB(NoHash): pass
except TypeError as e: print("TypeError", e)
try:
    @dataclass
    class NF(P): pass
except TypeError as e: print("TypeError", e)
try: astuple(5)
except Exception as e: print(type(e).__name__, e)
try: Base()
except Exception as e: print(type(e).__name__, e)
try: Base(1, 2, [], 4)
except Exception as e: print(type(e).__name__, e)
f = fields(Base)[2]
print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory, f.init, f.repr, f.compare, f.hash, f.metadata)
print(field(metadata={"u": 1}).metadata["u"])
C = dataclasses.make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))], namespace={"m": lambda self: self.a})
print(C(1, 2), C(1, 2).m(), C.__name__)
@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))
@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec(); r.children.append(Rec())
print(r, r == Rec([Rec()]), Rec() != Rec([1]))
print(Base.__match_args__, Derived.__match_args__, K.__match_args__)
match Derived(1, 2):
    case Derived(a, b): print("matched", a, b)
