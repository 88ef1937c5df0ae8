import typing
from typing import NamedTuple, TypedDict, get_type_hints, Optional, Union, List, Dict, Callable, Any, TypeVar, Generic, Literal
import abc
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self): return 'hi ' + self.name
e = Emp('a'); print(e, e.greet(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=5), e._asdict())
try: Emp()
except TypeError as ex: print(ex)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex: print(ex)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    extra: bool
m = Movie(title='x', year=1); print(m, type(m).__name__, Movie.__required_keys__ == {'title', 'year'}, sorted(Movie2.__optional_keys__), Movie2.__total__)
def fn(a: int, b: 'str' = 'x', c: Optional[int] = None) -> List[int]: return []
print(get_type_hints(fn))
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], Callable[[int], str], Callable[..., Any], Literal[1, 'a'])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]), typing.get_origin(int | str))
T = TypeVar('T'); print(T, TypeVar('U', bound=int), TypeVar('V', int, str).__constraints__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, Box.__parameters__)
print(list[int], dict[str, int] == dict[str, int], tuple[int, ...], type(list[int]).__name__, int | None, (int | str).__args__)
print(isinstance(3, int | str), issubclass(bool, int | str))
try: isinstance(3, List[int])
except TypeError as ex: print(ex)
print(typing.cast(int, 'x'), typing.TYPE_CHECKING, typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int])
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def area(self): return 1
for cls in (Shape, Sq):
    try: cls()
    except TypeError as ex: print(ex)
class Full(Sq):
    def perimeter(self): return 4
print(Full().area(), isinstance(Full(), Shape), Shape.__abstractmethods__ == {'area', 'perimeter'}, Full.__abstractmethods__)
class Meta(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def p(self): ...
try: Meta()
except TypeError as ex: print(ex)
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg))
class Proto(typing.Protocol):
    def run(self) -> int: ...
@typing.runtime_checkable
class RP(typing.Protocol):
    def run(self) -> int: ...
class Runner:
    def run(self): return 1
print(isinstance(Runner(), RP), isinstance(1, RP))
try: isinstance(Runner(), Proto)
except TypeError as ex: print(ex)
print(typing.get_type_hints(Emp), typing.get_type_hints(Movie2))
@typing.overload
def ov(x: int) -> int: ...
def ov(x): return x
print(ov(3), typing.Tuple[int, str], typing.Set[int], typing.FrozenSet, typing.Iterable[int], typing.Type[int])
