from typing import (List, Dict, Optional, Union, Callable, Tuple, Any, NamedTuple, TypedDict, Generic, TypeVar,
                    Protocol, get_type_hints, runtime_checkable, Iterable, Sequence, Literal, Final, cast, overload,
                    get_origin, get_args, Set, FrozenSet, Type, ClassVar, NewType, Annotated, Mapping, Iterator)
import typing
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Callable[[int, str], bool], Callable[..., int])
print(Tuple[int, ...], Tuple[()], Any, Literal['a', 1], Final[int], Set[int], FrozenSet[str], Type[int], ClassVar[int], Annotated[int, 'meta'])
print(Optional[Union[int, str]], Union[int], Union[int, int], List, typing.Dict, Iterable[int], Sequence, Mapping[str, int])
print(list[int], dict[str, int], int | None, int | str | None, tuple[int, ...], type(list[int]).__name__, type(int | str).__name__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int | str), get_args(list[int]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], hash(List[int]) == hash(List[int]))
T = TypeVar('T')
K = TypeVar('K', bound=str)
V = TypeVar('V', int, float)
print(T, K, V, repr(T), T.__name__, K.__bound__, V.__constraints__, List[T], Dict[K, V])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self) -> str:
        return 'hi ' + self.name
e = Emp('guido')
print(e, e.greet(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=5), e._asdict())
try:
    Emp()
except Exception as ex:
    print(type(ex).__name__, ex)
class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {'name': 'Blade Runner', 'year': 1982}
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({'name', 'year'}), sorted(Movie2.__optional_keys__), Movie2.__total__, Movie(name='x', year=1))
print(sorted(get_type_hints(Movie2)))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NotRT(Protocol):
    def x(self) -> int: ...
try:
    isinstance(1, NotRT)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Closable()
except TypeError as ex:
    print(type(ex).__name__, ex)
def f(a: int, b: 'str' = 'x', *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}
print(get_type_hints(f))
print(f.__annotations__)
class Cls:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3
print(get_type_hints(Cls))
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__name__, cast(int, 'x'), cast('List[int]', 1))
try:
    class Sub(UserId): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3))
try:
    List[int]()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Union[1]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Generic[int]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    isinstance([], List[int])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(isinstance([], List), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence), typing.TYPE_CHECKING)
Pair = Tuple[T, T]
print(Pair[int], Dict[str, T][int])
print(Callable[[T], List[T]][int], typing.Iterator[int], typing.Generator[int, None, None], typing.AbstractSet[int])
print(typing.Text, typing.AnyStr, typing.NoReturn, typing.Never if hasattr(typing, 'Never') else '', typing.Self, typing.LiteralString)
print(repr(Optional[List['Foo']]), typing.ForwardRef('X'), Union['A', 'B'])
