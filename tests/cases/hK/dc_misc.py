import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, FrozenInstanceError
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
p = P(1, 2); print(p, P(1) < P(1, 1), P(2) > P(1, 5), p == P(1, 2, [3]), asdict(p), astuple(p), replace(p, y=9))
print([f.name for f in fields(p)], fields(P)[2].default_factory, P.__match_args__, P.__dataclass_params__.order if False else '')
try: P()
except TypeError as e: print(e)
try: P(1, 2, [], 4)
except TypeError as e: print(e)
try: P(1) < (1,)
except TypeError as e: print(e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'x'
f = F(1); print(f, hash(f) == hash(F(1)), {f: 1}[F(1)])
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.b
except dataclasses.FrozenInstanceError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale): self.b = self.a * scale
print(Post(3), Post(3, 5), fields(Post)[1].init)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=2), K(1, b=5, c=0))
try: K(1, 2, 3)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KK:
    x: int
print(KK(x=1))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])]); print(n); print(asdict(n)); print(astuple(n))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE(1).__eq__(NE(1)))
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith('<'))
@dataclass(slots=True)
class SL:
    a: int
    b: int = 2
s = SL(1); print(s, SL.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print(e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(P), dataclasses.is_dataclass(1))
try: asdict(P)
except TypeError as e: print(e)
try: replace(p, tags=1, zz=2)
except TypeError as e: print(e)
try: replace(Post(1), b=3)
except ValueError as e: print(e)
D = dataclasses.make_dataclass('D', ['a', ('b', int), ('c', int, field(default=5))], namespace={'m': lambda self: self.a})
print(D(1, 2), D(1, 2).m(), [f.type for f in fields(D)])
@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10
print(Derived(), Derived(3, 4))
print(repr(field(default=1))[:6])
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [1])))
@dataclass
class Rec:
    me: 'Rec' = None
r = Rec(); r.me = r; print(r)
