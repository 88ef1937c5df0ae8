import typing
from typing import (Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic, Protocol,
                    runtime_checkable, cast, overload, Literal, Final, NamedTuple, TypedDict, get_args,
                    get_origin, Sequence, Iterable, Mapping, Type, ClassVar, Annotated, get_type_hints)
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]], Union[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(list[int], dict[str, int] == Dict[str, int], int | str, int | None, type(int | str))
print(get_args(Dict[str, int]), get_origin(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_origin(list[int]), get_args(int | str), get_origin(int | str))
print(get_args(Literal[1, "a"]), get_origin(Literal[1]), Literal[1, 2], Literal["x"] == Literal["x"])
print(get_origin(Annotated[int, "meta"]), get_args(Annotated[int, "m", 3]), Annotated[int, "m"])
print(Union[int, str] == Union[str, int], Union[int, int], Optional[None])
T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, str)
print(T, repr(K), V.__constraints__, K.__bound__, T.__name__, TypeVar("C", covariant=True))
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box(3).get(), Box.__parameters__, Box[int].__origin__, get_args(Box[str]))
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair.__parameters__)
try: Pair[int]
except Exception as e: print(type(e).__name__, e)
try: Generic[int]
except Exception as e: print(type(e).__name__, e)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable))
class NotRC(Protocol):
    def x(self): ...
try: isinstance(F(), NotRC)
except Exception as e: print(type(e).__name__, e)
print(cast(int, "x"), cast("List[int]", 5))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3), f("a"))
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return "hi " + self.name
e = Emp("a")
print(e, e.greet(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=9), e._asdict())
try: Emp()
except Exception as ex: print(type(ex).__name__, ex)
class Movie(TypedDict, total=False):
    title: str
    year: int
class M2(TypedDict):
    a: int
m = Movie(title="x")
print(m, type(m), Movie.__total__, M2.__total__, sorted(Movie.__optional_keys__), sorted(M2.__required_keys__))
def g(a: int, b: "str" = "x") -> Optional[int]: pass
print(get_type_hints(g))
print(typing.Any, typing.NoReturn, typing.Final[int], ClassVar[int], Type[int], typing.Sequence[int], Iterable)
MAX: Final = 5
print(typing.TYPE_CHECKING, typing.AnyStr, typing.Text, typing.Hashable)
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, UserId.__supertype__)
try: Union[()]
except Exception as e: print(type(e).__name__, e)
try: Optional[int, str]
except Exception as e: print(type(e).__name__, e)
try: isinstance(1, List[int])
except Exception as e: print(type(e).__name__, e)
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(list, Sequence))
print(typing.get_origin(typing.Generic), get_args(int), List[T][int], Dict[str, T][int])
print(repr(Optional[List[int]]), repr(Callable[[], None]), Tuple[int, str].__args__)
