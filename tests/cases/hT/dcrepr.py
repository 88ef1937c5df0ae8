import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, MISSING
import typing
@dataclass
class A:
    x: int
    y: list = field(default_factory=list, repr=False, compare=False, metadata={"k": 1})
    z: InitVar[int] = 3
    _: KW_ONLY
    w: str = "w"
    c: typing.ClassVar[int] = 1
    def __post_init__(self, z): pass
print(repr(InitVar[int]), repr(InitVar), InitVar[list[int]])
f = fields(A)[1]
print(f.name, f.type, f.default is MISSING, f.default_factory, f.repr, f.compare, f.hash, f.init, f.kw_only, dict(f.metadata), type(f.metadata).__name__)
print(repr(fields(A)[0]).split("default=")[0])
print(A.__dataclass_fields__.keys(), A.__dataclass_params__)
print(A(1), A(1) == A(1, [2]), A.__match_args__)
print(dataclasses.asdict(A(1, [A(2)])))
@dataclass(eq=False)
class B:
    x: int = 0
print(B() == B(), B.__hash__ is object.__hash__)
@dataclass(unsafe_hash=True)
class C:
    x: int = 0
    y: int = field(default=0, hash=False)
print(hash(C(1, 2)) == hash(C(1, 3)))
@dataclass(frozen=True)
class Fr:
    x: int
    def __post_init__(self):
        object.__setattr__(self, "x", self.x * 2)
print(Fr(2))
try:
    Fr(1).x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del Fr(1).x
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Sub(Fr):
        y: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class Sub2(B):
        y: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad: pass
except ValueError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
@dataclass
class Rec:
    children: list["Rec"] = field(default_factory=list)
r = Rec(); r.children.append(r)
print(repr(r))
print(dataclasses.replace(C(1, 2), x=5))
try:
    dataclasses.replace(A(1), z=None) if False else dataclasses.replace(A(1))
except ValueError as e:
    print("ValueError", e)
try:
    dataclasses.replace(1)
except TypeError as e:
    print(e)
try:
    dataclasses.fields(1)
except TypeError as e:
    print(e)
try:
    dataclasses.asdict(A)
except TypeError as e:
    print(e)
@dataclass
class NoInitField:
    a: int
    b: int = field(init=False, default=9)
print(NoInitField(1), dataclasses.replace(NoInitField(2), a=3))
try:
    dataclasses.replace(NoInitField(2), b=3)
except ValueError as e:
    print(e)
D = dataclasses.make_dataclass("D", ["a", ("b", int), ("c", int, field(default=2))], namespace={"m": lambda self: self.a}, bases=(), frozen=True)
print(D(1, 2), D(1, 2).m(), D.__module__ if False else "", fields(D)[0].type)
print(dataclasses.is_dataclass(D(1, 2)), dataclasses.astuple(D(1, 2)))
