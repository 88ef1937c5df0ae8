import dataclasses, inspect, collections
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, asdict, astuple, replace
from typing import ClassVar
@dataclass
class P:
    x: int
    y: int = 0
print(P.__doc__, inspect.signature(P), P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__name__)
@dataclass
class A:
    a: int
    b: list = field(default_factory=list, repr=False)
    c: int = field(init=False, default=7)
    d: int = field(init=False)
    def __post_init__(self): self.d = self.a * 2
print(A(1), A.__doc__, inspect.signature(A))
try: replace(A(1), c=3)
except ValueError as e: print("ValueError", e)
print(replace(A(1), a=5))
@dataclass
class B(A):
    e: str = "e"
    def __post_init__(self):
        super().__post_init__(); self.e = self.e.upper()
print(B(2), [f.name for f in fields(B)])
@dataclass(frozen=True)
class F:
    v: int
    w: int = 0
    def __post_init__(self): object.__setattr__(self, "w", self.v + 1)
print(F(1), hash(F(1)) == hash(F(1)), {F(1): "k"}[F(1)])
try:
    @dataclass(eq=False, order=True)
    class Bad: x: int
except ValueError as e: print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e: print("TypeError", e)
@dataclass(match_args=False)
class NM: x: int
print(hasattr(NM, "__match_args__"))
@dataclass(slots=True, weakref_slot=True)
class W: x: int
import weakref; w = W(1); print(weakref.ref(w)() is w, W.__slots__)
try:
    @dataclass(weakref_slot=True)
    class W2: x: int
except TypeError as e: print("TypeError", e)
@dataclass
class C:
    x: int
    cv: ClassVar[int] = 10
    iv: InitVar[int] = 1
    def __post_init__(self, iv): self.x += iv
print(C(1, 5), C.cv, [f.name for f in fields(C)], repr(fields(C)[0])[:40], dataclasses.fields(C(1))[0].name)
print(repr(InitVar[int]), InitVar[int].type, type(dataclasses.KW_ONLY).__name__)
Pt = collections.namedtuple("Pt", "a b")
@dataclass
class Holder:
    p: Pt
    items: dict
    t: tuple
h = Holder(Pt(1, [2]), {"k": P(1)}, (P(2), 3))
print(asdict(h), astuple(h))
print(asdict(P(1, 2), dict_factory=lambda kv: collections.OrderedDict(kv)), astuple(P(3), tuple_factory=list))
@dataclass(order=True)
class O:
    a: int
    b: str = field(compare=False)
print(O(1, "z") < O(2, "a"), O(1, "z") == O(1, "a"), O(1, "x") <= O(1, "y"), sorted([O(3, "c"), O(1, "a")]))
try: O(1, "a") < P(1)
except TypeError as e: print("TypeError", e)
@dataclass(eq=True)
class Unh: x: int
print(Unh.__hash__ is None)
@dataclass(frozen=True, eq=False)
class FE: x: int
print(FE.__hash__ is object.__hash__)
@dataclass
class ExplicitHash:
    x: int
    def __hash__(self): return 42
print(hash(ExplicitHash(1)))
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v
print(WithProp(3).v, WithProp())
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, t=None): return 99 if obj is None else getattr(obj, self.name, 99)
    def __set__(self, obj, v): setattr(obj, self.name, v * 2)
@dataclass
class UsesDesc:
    d: Desc = Desc()
print(UsesDesc(), UsesDesc(5))
@dataclass
class Rec:
    me: object = None
r = Rec(); r.me = r; print(r)
@dataclass
class Defaults:
    a: int = 1
    b: str = "s"
    c: tuple = ()
    d: frozenset = frozenset()
print(Defaults(), Defaults.a, Defaults.__dataclass_fields__["a"].default, Defaults.__dataclass_params__)
try: fields(5)
except TypeError as e: print("TypeError", e)
try: asdict(P)
except TypeError as e: print("TypeError", e)
try:
    @dataclass
    class Mut:
        d: dict = {}
except ValueError as e: print("ValueError", e)
try:
    @dataclass
    class Mut2:
        s: set = set()
except ValueError as e: print("ValueError", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(P): pass
except TypeError as e: print("TypeError", e)
try: field(default=1, default_factory=list)
except ValueError as e: print("ValueError", e)
print(dataclasses.is_dataclass(P(1)), dataclasses.is_dataclass(P), field(default=3).default)
