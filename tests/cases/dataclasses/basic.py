import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY, FrozenInstanceError

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print([f.name for f in fields(Point)], fields(p)[1].default, fields(Point)[0].type)
print(asdict(p), astuple(p), replace(p, y=5), replace(p))
check(lambda: Point())
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, z=3))
check(lambda: Point(1, x=3))
check(lambda: hash(p))
print(Point(3).y, Point(y=4, x=5))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

v1, v2 = Version(1, 2, 3), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1, Version(0, 9)]))
print(hash(v1) == hash(Version(1, 2, 3, 'x')), v1 == Version(1, 2, 3, 'other'))
check(lambda: setattr(v1, 'major', 5))
check(lambda: delattr(v1, 'minor'))
check(lambda: setattr(v1, 'newattr', 5))
check(lambda: v1 < (1, 2))
print(isinstance(FrozenInstanceError(), AttributeError))

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default='s', repr=False, compare=False)
    tags: set = field(default_factory=set, metadata={'doc': 'the tags'})

a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a.items is not b.items, a == b)
print(fields(Inventory)[4].metadata, fields(Inventory)[4].metadata['doc'], fields(Inventory)[0].metadata)
print(Inventory.__doc__)
check(lambda: Inventory(total=3))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 10
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(2)
print(w, WithPost(2, 3), [f.name for f in fields(WithPost)], WithPost.__dataclass_fields__['scale']._field_type)
print(replace(w, scale=5) if False else '', WithPost.__doc__)
check(lambda: replace(w, b=1))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=2, kw_only=False)
    d: int = 3
print(KW(0), KW(0, 9, b=8, d=7), KW.__match_args__, KW.__doc__)
check(lambda: KW(0, 1, 2))

@dataclass(kw_only=True)
class AllKW:
    x: int
    y: int = 0
print(AllKW(x=1), AllKW.__doc__)
check(lambda: AllKW(1))

@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Derived(Base):
    z: int = 2
    x: int = 15
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(Hashable(1)) == hash(Hashable(1, [1])))

@dataclass(repr=False, init=False)
class Bare:
    a: int = 5
print(Bare().a, repr(Bare()).startswith('<__main__.Bare object at'), Bare.__doc__)

@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1)
n.children.append(n)
print(n)
print(asdict(Node(1, [Node(2), Node(3, [Node(4)])])))
print(astuple(Node(1, [Node(2)])))

import collections
NT = collections.namedtuple('NT', 'p q')
@dataclass
class Container:
    nt: NT
    d: dict
    t: tuple
c = Container(NT(Node(1), [1]), {'k': Node(2)}, (Node(3),))
print(asdict(c))
print(astuple(c))
print(asdict(Point(1, 2), dict_factory=lambda kv: [k for k, v in kv]))

@dataclass
class Self:
    self: int
    other: int = 0
print(Self(1), Self(self=2))

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
check(lambda: setattr(s, 'c', 1))

@dataclass(frozen=True, slots=True)
class FS:
    a: int
fs = FS(3)
print(fs, fs.__getstate__(), hash(fs) == hash(FS(3)))
import copy
print(copy.deepcopy(fs), copy.copy(p), copy.deepcopy(Inventory([1, [2]])))

check(lambda: dataclasses.is_dataclass(p))
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(5), dataclasses.is_dataclass(list[int]))
check(lambda: fields(5))
check(lambda: asdict(Point))
check(lambda: astuple(5))
check(lambda: replace(5))
print(repr(dataclasses.MISSING).startswith('<dataclasses._MISSING_TYPE object'), repr(dataclasses.KW_ONLY)[:30])
print(repr(fields(Point)[1]).split("default_factory=")[0])
print(Point.__dataclass_params__)
print(InitVar[int], InitVar[list[int]], InitVar('x'))
print(dataclasses.__all__)
