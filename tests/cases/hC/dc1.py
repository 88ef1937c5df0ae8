from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, is_dataclass
from typing import List, Optional, ClassVar
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    count: ClassVar[int] = 0
print(Item("a"), Item("b", 2.5, ["x"], 3), Item("a") == Item("a"), Item("a") == Item("b"))
print(asdict(Item("c", tags=["t"])), astuple(Item("c")), replace(Item("a"), price=9), [f.name for f in fields(Item)])
print(Item.__init__.__doc__, Item.__match_args__ if hasattr(Item, '__match_args__') else '')
@dataclass(order=True, frozen=True)
class V:
    x: int
    y: int = 0
print(V(1, 2) < V(1, 3), sorted([V(2), V(1, 5), V(1)]), hash(V(1)) == hash(V(1)), V(1) <= V(1))
try:
    V(1).x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del V(1).x
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    V(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class P:
    a: int
    b: InitVar[int] = 2
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a * b
print(P(3), P(3, 5), fields(P)[-1].name)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item("a", 1, [], 1, 5)
except TypeError as e:
    print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1
print(K(1, c=5))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class K2:
    x: int
print(K2(x=1))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE(1).__class__.__eq__ is object.__eq__)
D = make_dataclass("D", [("x", int), ("y", str, field(default="s"))], namespace={"m": lambda self: self.x * 2})
print(D(4), D(4).m(), is_dataclass(D), is_dataclass(D(1)), is_dataclass(int))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith("<__main__.NR object"))
@dataclass
class Inh(V.__mro__[0] if False else Item):
    extra: str = "e"
print(Inh("i"), Inh.__mro__[1].__name__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(compare=False, hash=False, default=None)
print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [2]))
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__, hasattr(S(1), '__dict__'))
try:
    asdict(5)
except TypeError as e:
    print(e)
print(field(default=1).default)
@dataclass
class Opt:
    v: Optional[int] = None
print(Opt(), Opt.__annotations__, Opt.__dataclass_fields__['v'].type)
