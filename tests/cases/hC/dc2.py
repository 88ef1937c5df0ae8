from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, InitVar, MISSING
import dataclasses
from typing import ClassVar, List, Dict, Optional
@dataclass
class Base:
    x: int
    y: int = 0
    def total(self): return self.x + self.y
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)], Child().total())
@dataclass(frozen=True)
class FBase:
    a: int
try:
    @dataclass
    class NotFrozen(FBase):
        b: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        pass
except TypeError as e:
    print(e)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, label="x"), Version(1) < Version(1, 0, 1))
try:
    Version(1) < 1
except TypeError as e:
    print(e)
try:
    @dataclass(order=True)
    class BadOrder:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
@dataclass
class Inventory:
    items: Dict[str, int] = field(default_factory=dict)
    tags: List[str] = field(default_factory=lambda: ["new"])
    owner: Optional[str] = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)
    VERSION: ClassVar[str] = "1.0"
    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self
inv = Inventory().add("apple").add("pear", 3).add("apple")
print(inv, asdict(inv), astuple(inv), Inventory.VERSION, "VERSION" in [f.name for f in fields(inv)])
i2 = replace(inv, owner="bob"); print(i2.owner, i2.items is inv.items)
try:
    replace(inv, nope=1)
except TypeError as e:
    print(e)
@dataclass
class WithInitVar:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInitVar(5)
print(w, replace(w, scale=10) if False else '', fields(w)[-1].name, [f.name for f in fields(WithInitVar)])
try:
    replace(w)
except ValueError as e:
    print(e)
@dataclass
class Meta:
    v: int = field(default=1, metadata={"unit": "cm"})
print(fields(Meta)[0].metadata["unit"], fields(Meta)[0].default, fields(Meta)[0].default_factory is MISSING, type(fields(Meta)[0].metadata).__name__)
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
    parent: "Optional[Rec]" = field(default=None, repr=False)
r = Rec("root"); c = Rec("kid", parent=r); r.children.append(c)
print(r, c.parent.name)
print(asdict(Rec("x", [Rec("y")])), astuple(Rec("a", [(1, 2), {"k": [3]}])))
print(dataclasses.asdict(Version(1), dict_factory=lambda kv: [k for k, v in kv]))
@dataclass(init=False)
class NoInit:
    a: int = 3
    def __init__(self, v): self.a = v * 2
print(NoInit(4))
@dataclass
class Custom:
    a: int
    def __repr__(self): return f"<C {self.a}>"
    def __eq__(self, o): return True
print(Custom(1), Custom(1) == Custom(2))
print(is_dataclass(Custom), dataclasses.fields(Custom(1))[0].type, Custom.__dataclass_params__.eq if hasattr(Custom, "__dataclass_params__") else '')
@dataclass(match_args=True)
class Pt:
    x: int
    y: int
match Pt(1, 2):
    case Pt(1, y):
        print("matched y =", y)
print(Pt.__match_args__, hash(Pt) != 0, Pt.__hash__)
try:
    hash(Pt(1, 2))
except TypeError as e:
    print(e)
@dataclass(frozen=True)
class Fz:
    a: int
    b: tuple = ()
print(hash(Fz(1)) == hash(Fz(1)), {Fz(1), Fz(1), Fz(2)} == {Fz(1), Fz(2)})
f = Fz(1)
try:
    f.c = 5
except dataclasses.FrozenInstanceError as e:
    print(e)
object.__setattr__(f, "a", 9); print(f)
try:
    @dataclass
    class Mut:
        a: dict = {}
except ValueError as e:
    print(e)
try:
    @dataclass
    class Dup:
        a: int
        a: str
    print(fields(Dup)[0].type)
except TypeError as e:
    print(e)
try:
    fields(5)
except TypeError as e:
    print(e)
try:
    Version(1, 2, 3, "x", 5)
except TypeError as e:
    print(e)
try:
    Version()
except TypeError as e:
    print(e)
try:
    Version(minor=1)
except TypeError as e:
    print(e)
try:
    Version(1, major=2)
except TypeError as e:
    print(e)
