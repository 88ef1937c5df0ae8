from typing import (get_type_hints, get_origin, get_args, Annotated, Optional, Union, List, Dict,
    Callable, ParamSpec, Concatenate, TypeVar, Generic, Literal, ClassVar, Final, ForwardRef)
import collections.abc
P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R", bound=int)
S = TypeVar("S", int, str)
print(P, P.args, P.kwargs, repr(P.args), P.__name__)
print(T.__bound__, R.__bound__, S.__constraints__, T.__covariant__, T.__contravariant__)
print(TypeVar("Co", covariant=True), TypeVar("Contra", contravariant=True))
try:
    TypeVar("X", int)
except Exception as e:
    print(type(e).__name__, e)
try:
    TypeVar("X", covariant=True, contravariant=True)
except Exception as e:
    print(type(e).__name__, e)
print(Callable[P, int], Callable[Concatenate[int, P], int])
print(get_args(Callable[Concatenate[int, P], int]))
class Foo(Generic[P]): pass
print(Foo[[int, str]], Foo[int, str], Foo[...])
print(Annotated[int, "meta", 5])
a = Annotated[int, "m"]
print(get_origin(a), get_args(a), a.__metadata__, a.__origin__)
print(Annotated[Annotated[int, 1], 2])
try:
    Annotated[int]
except Exception as e:
    print(type(e).__name__, e)
for t in [int, List[int], list[int], Dict[str, int], Optional[int], Union[int, str], Literal[1, 2],
          Callable[[int], str], Callable[..., str], ClassVar[int], Final[str], collections.abc.Callable[[int], str],
          Generic, Generic[T], tuple[int, ...], int | str, Annotated[int, 5]]:
    print(repr(t), get_origin(t), get_args(t))
class Node:
    val: int
    nxt: "Optional[Node]"
    tags: list[str] = []
    c: ClassVar[int] = 0
print(get_type_hints(Node))
def f(a: "int", b: Annotated[str, "x"] = None, *args: int, **kw: "List[str]") -> "Node": pass
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))
print(ForwardRef("int"), ForwardRef("X") == ForwardRef("X"))
class B(Node):
    extra: float
print(get_type_hints(B))
def g(x: "undefined_name"): pass
try:
    get_type_hints(g)
except Exception as e:
    print(type(e).__name__, e)
print(get_type_hints(lambda: 0))
print(f.__annotations__)
