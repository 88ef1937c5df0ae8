from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass, make_dataclass, asdict
@dataclass
class C:
    a: int
    b: int = field(init=False, default=0)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.b = self.a * scale
print(C(2), C(2, 5), [f.name for f in fields(C)])
@dataclass
class K:
    x: int
    _: KW_ONLY
    y: int = 0
    z: str = "z"
print(K(1, y=2), K(1, z="q"))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(slots=True)
class S:
    p: int
    q: list = field(default_factory=list)
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
@dataclass(kw_only=True)
class KO:
    a: int
    b: int = 2
print(KO(a=1))
try:
    KO(1)
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    v: int
    meta: dict = field(default_factory=dict, hash=False, compare=False)
print(hash(H(3)) == hash(H(3)), H(3) == H(3, {"x": 1}), is_dataclass(H), is_dataclass(H(1)), is_dataclass(int))
P = make_dataclass("P", [("x", int), ("y", int, field(default=5))], namespace={"norm": lambda self: self.x + self.y})
print(P(1), P(1).norm(), asdict(P(2, 3)))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
@dataclass(repr=False)
class NR:
    a: int
print(repr(NR(1)).startswith("<"), NR(1) == NR(1))
@dataclass
class WithCls:
    count: int = 0
    registry = []
print(WithCls(), [f.name for f in fields(WithCls)], WithCls.registry)
