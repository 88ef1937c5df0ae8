from dataclasses import dataclass, field, KW_ONLY, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass, make_dataclass
import inspect
@dataclass(kw_only=True)
class A:
    x: int
    y: int = 0
print(A(x=1), inspect.signature(A))
try:
    A(1)
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 2
    c: str = "c"
print(B(1, b=3), inspect.signature(B), B.__match_args__)
@dataclass
class C:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 7
print(C(1, 2), C.__match_args__, inspect.signature(C))
@dataclass(slots=True)
class D:
    x: int
    y: list = field(default_factory=list)
d = D(1)
print(d, D.__slots__, hasattr(d, "__dict__"))
try:
    d.z = 3
except Exception as e:
    print(type(e).__name__, e)
@dataclass(frozen=True, slots=True)
class E:
    x: int
e = E(3)
try:
    e.x = 4
except Exception as ex:
    print(type(ex).__name__, ex)
print(hash(e) == hash(E(3)), e == E(3))
@dataclass(match_args=False)
class F:
    x: int
print(hasattr(F, "__match_args__"))
@dataclass(order=True)
class G:
    p: int
    q: str = "z"
print(sorted([G(3), G(1, "b"), G(1, "a")]))
try:
    G(1) < 3
except Exception as ex:
    print(type(ex).__name__, ex)
match B(5, b=6):
    case B(a, b=bb):
        print("matched", a, bb)
match C(1, 2, 3):
    case C(x, y):
        print("C", x, y)
try:
    @dataclass
    class H:
        a: int = 1
        b: int
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass
    class I:
        a: list = []
except Exception as ex:
    print(type(ex).__name__, ex)
@dataclass
class J:
    a: int
    init_only: InitVar[int] = 0
    def __post_init__(self, init_only):
        self.total = self.a + init_only
j = J(1, 4)
print(j, j.total, [f.name for f in fields(j)], asdict(j), astuple(j))
print(replace(j, a=10, init_only=1).total)
K = make_dataclass("K", [("x", int), ("y", float, field(default=1.0))], kw_only=True)
print(K(x=1), inspect.signature(K))
try:
    @dataclass(slots=True)
    class L:
        x: int
        __slots__ = ("x",)
except Exception as ex:
    print(type(ex).__name__, ex)
print(is_dataclass(D), is_dataclass(d), is_dataclass(int))
@dataclass(weakref_slot=True, slots=True)
class W:
    x: int
import weakref
w = W(1)
r = weakref.ref(w)
print(r() is w, "__weakref__" in W.__slots__)
print(fields(B)[1].kw_only, fields(B)[0].kw_only)
