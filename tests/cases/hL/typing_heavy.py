from __future__ import annotations
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    Literal, NamedTuple, Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar,
                    Union, cast, overload, runtime_checkable, get_type_hints, get_origin, get_args)
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
import dataclasses

T = TypeVar("T")
K = TypeVar("K", bound="Comparable")
N = TypeVar("N", int, float)


@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other: Any) -> bool: ...


class Shape(Protocol):
    def area(self) -> float: ...


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()

    def __repr__(self) -> str:
        return f"Stack({self.items!r})"


class Pair(Generic[T, K]):
    def __init__(self, a: T, b: K):
        self.a, self.b = a, b


class Movie(TypedDict, total=False):
    title: str
    year: int


class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_(self, pct: float) -> "Emp":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1
    tags: list[str] = field(default_factory=list)
    secret: InitVar[str | None] = None
    count: ClassVar[int] = 0
    hashed: int = field(init=False, repr=False, default=0)

    def __post_init__(self, secret):
        Config.count += 1
        self.hashed = len(secret) if secret else -1


@dataclass(slots=True)
class Vec:
    x: float
    y: float

    def __add__(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None


def apply(f: Callable[[int], int], xs: Iterable[int]) -> Iterator[int]:
    return map(f, xs)


MAX: Final = 10
Mode = Literal["r", "w"]


def opener(mode: Mode = "r") -> str:
    return mode


s: Stack[int] = Stack()
print(s.push(1).push(2), s.pop(), Stack[int], Stack[int]().items)
p = Pair[int, str](1, "x")
print(p.a, p.b, type(p).__name__)
m: Movie = {"title": "Up"}
print(m, Movie.__total__ if hasattr(Movie, "__total__") else None, sorted(Movie.__annotations__))
e = Emp("ann")
print(e, e.raise_(10), Emp._fields, Emp._field_defaults, e._asdict())
print(Emp._make(["bob", "ops", 50]), Emp.__annotations__ if False else "")
c = Config("app", debug=True, secret="abc")
print(c, c.hashed, Config.count, [f.name for f in fields(c)])
print(dataclasses.asdict(c))
try:
    Config("x", True)
except TypeError as ex:
    print("TypeError:", ex)
v = Vec(1, 2) + Vec(3.5, -1)
print(v, hasattr(v, "__dict__"), Vec.__slots__)
try:
    v.z = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(double(4), double("ab"), first([]), first("xyz"), list(apply(lambda n: n * n, range(4))))
print(opener(), MAX, cast(int, "not really"))
print(isinstance(3, Comparable), isinstance(object(), Comparable))
try:
    isinstance(3, Shape)
except TypeError as ex:
    print("TypeError:", ex)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], Any)
print(list[int], dict[str, tuple[int, ...]], int | None, int | str | None, type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Literal[1]), Optional[List[int]] == Union[List[int], None])
print(T, K, N, T.__name__, N.__constraints__, K.__bound__)


def annotated(a: int, b: "List[str]" = None, *args: int, c: Dict[str, int] | None = None, **kw: Any) -> bool:
    return True


print(annotated.__annotations__)
print(get_type_hints(annotated))
print(Stack.__parameters__, Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None)
print(typing.TYPE_CHECKING, typing.NewType("UserId", int)(5))
UserId = typing.NewType("UserId", int)
print(UserId, UserId(3) + 1)
print(repr(Union[int]), Union[int, int], str | int == int | str)
