from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
import dataclasses
from typing import List, ClassVar, Optional
@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list, repr=False)
    cv: ClassVar[int] = 5
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == (1, 0), asdict(p), astuple(Point(3, 4, ['a'])), replace(p, y=9))
print([f.name for f in fields(p)], fields(Point)[2].default_factory, is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(repr(fields(Point)[0]).startswith('Field(name='), Point.__match_args__ if hasattr(Point, '__match_args__') else None)
try:
    p < Point(2)
except Exception as e:
    print(type(e).__name__, e)
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
    def __str__(self):
        return f'{self.major}.{self.minor}'
v = Ver(1, 2)
print(v, repr(v), v < Ver(1, 3), sorted([Ver(2), Ver(1, 5), Ver(1)]), hash(v) == hash(Ver(1, 2)), {v: 1}[Ver(1, 2)])
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except Exception as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except Exception as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: list = []
except Exception as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3, 5)
print(w, fields(w)[1].init, asdict(w))
try:
    WithPost()
except Exception as e:
    print(type(e).__name__, e)
try:
    WithPost(1, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: str = 'c'
print(KW(1, b=2), KW(0))
try:
    KW(1, 2)
except Exception as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class K2:
    x: int
    y: int = 2
print(K2(x=1))
@dataclass(slots=True)
class S:
    a: int
    b: str = 'z'
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(astuple(n))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1).__eq__ is not None)
@dataclass
class Base:
    a: int = 1
@dataclass
class Derived(Base):
    b: int = 2
    a: int = 10
print(Derived(), Derived(5, 6), [f.name for f in fields(Derived)])
M = make_dataclass('M', [('x', int), 'z', ('y', float, field(default=1.5))], namespace={'total': lambda self: self.x + self.y})
print(M(1, z=3), M(1, 3, 2.0).total())
@dataclass(repr=False)
class R:
    a: int
print(repr(R(1)).startswith('<__main__.R object at'))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(hash=False, compare=False, default=None)
print(hash(H(1)) == hash(H(1, [1])), H(1) == H(1, [2]))
try:
    replace(w, b=3)
except Exception as e:
    print(type(e).__name__, e)
try:
    asdict(Point)
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Fwd:
    name: 'str'
    other: 'Optional[Fwd]' = None
print(Fwd('a', Fwd('b')), Fwd.__annotations__)
print(type(dataclasses.MISSING).__name__, repr(dataclasses.field()).split('(')[0])
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class FD(FB):
        b: int = 0
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Repr2:
    s: str
    f: float
    l: tuple
print(Repr2('q"u\'o', 1e20, (1,)))
