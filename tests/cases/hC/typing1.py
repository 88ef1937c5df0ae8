from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Tuple, Callable, Any, get_type_hints, TypeVar, Generic, Literal, Final, get_origin, get_args, cast, overload, Protocol, runtime_checkable, Iterable
import typing
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return f"hi {self.name}"
e = Emp("bob")
print(e, e._fields, e._field_defaults, e.greet(), Emp.__annotations__, e._asdict(), e._replace(id=9))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as ex:
    print(ex)
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__))
class Movie2(TypedDict, total=False):
    rating: float
print(Movie2.__total__, sorted(Movie2.__optional_keys__))
def f(a: Optional[int], b: "List[str]" = None) -> Dict[str, Tuple[int, ...]]: pass
print(f.__annotations__)
print(get_type_hints(f))
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str], Any, Literal["a", 1], Final[int])
print(List, typing.Sequence[int], Union[int], Union[int, str, int], Optional[Union[int, str]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(T, K, repr(TypeVar("C", int, str)), T.__name__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(1).v, Box.__parameters__)
print(int | str, list[int], dict[str, list[int]], tuple[int, ...], type(int | str).__name__, (int | None) == Optional[int])
print(cast(int, "x"), isinstance(3, int | str))
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class Fi:
    def close(self): pass
print(isinstance(Fi(), Closable), isinstance(3, Closable))
try:
    isinstance(3, List[int])
except TypeError as ex:
    print(ex)
try:
    Union[int]()
except TypeError as ex:
    print(type(ex).__name__)
print(typing.TYPE_CHECKING, repr(typing.NoReturn), typing.Iterable[int], typing.Generator[int, None, None])
class Pt(NamedTuple):
    x: float
    y: float
print(Pt(1, 2) + Pt(3, 4), Pt._make([1, 2]), Pt.__doc__ if False else '', isinstance(Pt(1, 2), tuple))
N2 = NamedTuple("N2", [("a", int), ("b", str)])
print(N2(1, "x"), N2.__annotations__)
TD = TypedDict("TD", {"a": int, "b": str})
print(TD(a=1, b="2"), TD.__annotations__)
print(typing.get_type_hints(Emp), Literal[1, 2] == Literal[2, 1], typing.Annotated[int, "meta"])
def g(x: int | None = None, *args: str, **kw: float) -> None: ...
print(g.__annotations__)
print(typing.ClassVar[int], typing.Type[int], typing.AnyStr, typing.Text, typing.Self if hasattr(typing, 'Self') else '')
