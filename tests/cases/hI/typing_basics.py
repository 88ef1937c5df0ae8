from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, NamedTuple,
                    Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin, overload,
                    runtime_checkable, TYPE_CHECKING, NewType, Type, Set, FrozenSet, Mapping)
import typing
T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, float)
print(T, K, V, T.__name__, K.__bound__, V.__constraints__)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(list[int] | None, int | str, type(int | str).__name__, (int | str) == Union[int, str], Literal["a", 1], ClassVar[int], Final[int], Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(int))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__, Stack[str].__origin__ is Stack)
class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self) -> float: return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), Point(1), p._asdict(), p._replace(x=0), Point._fields, Point._field_defaults, Point.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__annotations__, Movie.__total__, type(m).__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
UserId = NewType("UserId", int)
print(UserId(5), type(UserId(5)).__name__, UserId.__name__)
print(cast(int, "not really"), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(1), f("a"))
def annotated(a: int, b: "List[str]" = None, *args: int, **kw: float) -> Optional[int]: pass
print(typing.get_type_hints(annotated))
print(annotated.__annotations__)
print(repr(Any), repr(typing.NoReturn), Iterable[int], Iterator[str], Sequence[float], Set[int], FrozenSet[str], Mapping[str, int])
try: Stack[int, str]
except TypeError as e: print("TypeError", e)
try: isinstance(1, List[int])
except TypeError as e: print("TypeError", e)
try: Union[1]
except TypeError as e: print("TypeError", e)
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
class Tree(Generic[K, V]): pass
print(Tree[str, int], Tree.__parameters__)
