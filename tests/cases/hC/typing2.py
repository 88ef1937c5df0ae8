import typing
from typing import *
T = TypeVar("T"); KT = TypeVar("KT"); VT = TypeVar("VT", covariant=True); U = TypeVar("U", contravariant=True)
print(repr(VT), repr(U), T.__constraints__, T.__bound__, VT.__covariant__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack[str].__origin__, get_args(Stack[int]), Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else '')
class Pair(Generic[KT, VT]): pass
print(Pair[int, str], Pair[int, List[T]][str] if True else '')
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    Stack[int, str]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
print(Dict[str, List[int]], Mapping[str, Any], Iterator[int], Set[int], FrozenSet[str], DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], ChainMap[str, int])
print(Type[Any], Callable[..., int], Callable[[], None], Callable[[int, str], List[int]], Awaitable[int], Coroutine[Any, Any, int], AsyncIterator[int], ContextManager[int], Pattern[str], Match[bytes])
print(Union[int, List[str], None], Optional[Callable[[int], int]], Union[Union[int, str], float], Union[int, Any], Optional[None], Union[None, int])
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), Optional[int] == int | None)
print(list[int], list[int]().__class__, list[tuple[int, str]], dict[str, int | None], type[int], tuple[()], tuple[int, ...], (list[int]).__origin__, (list[int]).__args__)
print(get_origin(list[int]), get_origin(int | str), get_args(int | str), get_origin(Literal[1]), get_args(Literal[1, "a"]), get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 5]), get_origin(int))
Vector = List[float]
def scale(s: float, v: Vector) -> Vector: return [s * x for x in v]
print(scale(2, [1.0, 2.5]), scale.__annotations__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)), UserId.__supertype__, repr(UserId))
class P(Protocol):
    x: int
    def meth(self) -> int: ...
try:
    P()
except TypeError as e:
    print(e)
try:
    isinstance(1, P)
except TypeError as e:
    print(e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(1, Sized2), issubclass(dict, Sized2))
class TD(TypedDict, total=False):
    a: int
    b: Required[str] if hasattr(typing, "Required") else str
print(TD.__total__, TD(a=1), sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
class TDi(TD):
    c: float
print(sorted(TDi.__annotations__), sorted(TDi.__required_keys__))
def ff(x: "Undefined") -> None: pass
try:
    get_type_hints(ff)
except NameError as e:
    print(e)
class Node:
    next: "Optional[Node]"
    val: int = 0
print(get_type_hints(Node), Node.__annotations__)
print(get_type_hints(ff, localns={"Undefined": int}))
@overload
def proc(x: int) -> int: ...
@overload
def proc(x: str) -> str: ...
def proc(x): return x
print(proc(3))
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, "__final__") else "no __final__")
print(typing.no_type_check(lambda: 1)(), assert_never if False else '', reveal_type if False else '')
print(Literal["r", "w"], Literal[True], Final, ClassVar[List[int]], Never if hasattr(typing, "Never") else '', LiteralString if hasattr(typing, "LiteralString") else '')
P2 = ParamSpec("P2")
print(P2, P2.args, P2.kwargs, Concatenate[int, P2], Callable[P2, int])
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], tuple[*Ts] if False else '')
print(repr(Any), repr(Union), repr(Optional), repr(Generic), repr(Protocol), repr(Callable), repr(Tuple), repr(List), repr(typing.Hashable), repr(typing.Sized))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Dict), isinstance(1, Hashable), isinstance("", Sized))
try:
    List[int]()
except TypeError as e:
    print(e)
try:
    Union[int, str]()
except TypeError as e:
    print(e)
try:
    Optional[int, str]
except TypeError as e:
    print(e)
try:
    Callable[int, str]
except TypeError as e:
    print(e)
print(NamedTuple("X", [("a", int)])(1), NamedTuple("Y", a=int) if False else '')
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
print(Emp("a"), Emp._field_defaults, Emp.__annotations__, Emp._fields, Emp("b", salary=5)._asdict())
print(cast(List[int], [1]), cast("int", "x"), TYPE_CHECKING, len(typing.get_overloads(proc)) if hasattr(typing, "get_overloads") else '')
