print(list[int], dict[str, list[int]], tuple[int, ...], type[int], int | None, int | str | None, list[int] | None)
print(isinstance(1, int | str), issubclass(bool, int | None), (int | str).__args__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), type(list[int]), type(int | str), (int | str) == (str | int), hash(int | str) == hash(str | int))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | 5
except TypeError as e:
    print(e)
import collections.abc, typing
print(collections.abc.Iterable[int], typing.Optional[int], typing.Union[int, str], typing.List[int])
print(typing.Callable[..., int], typing.Dict[str, int], typing.Any, typing.Tuple[()], typing.Literal["a", 1], typing.Final[int])
def f(a: int, b: "str" = "x", *args: float, c: list[int] | None = None, **kw: dict) -> tuple[int, str]: ...
print(f.__annotations__)
print(typing.get_type_hints(f))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, T, typing.TypeVar("U", bound=int), Box.__parameters__)
from typing import NamedTuple, TypedDict
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt.__annotations__, Pt(1)._replace(y=5), Pt._field_defaults)
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__annotations__, type(TD(a=1)))
x: int = 5
y: list[str]
print(__annotations__)
class C:
    a: int
    b: str = "s"
print(C.__annotations__, hasattr(C, "a"), C.b)
