import typing
from typing import (Any, Literal, Annotated, Final, ClassVar, overload, final, Self, Never, assert_never, reveal_type, ParamSpec, Concatenate, TypeVar, Generic, Callable, Iterator, Sequence, Mapping, get_type_hints, cast, NewType, TypeAlias, Required, NotRequired, TypedDict, LiteralString, Union, Optional, TypeGuard, Unpack, TypeVarTuple)
def t(f):
    try: print(repr(f()))
    except Exception as e: print("!!", type(e).__name__, e)
P = ParamSpec("P"); R = TypeVar("R"); T = TypeVar("T", bound=int); Ts = TypeVarTuple("Ts")
print(P, R, T, T.__bound__, Ts, P.args, P.kwargs)
print(Literal[1, "a"], Annotated[int, "meta"], Final[int], ClassVar[str], Callable[P, R], Callable[Concatenate[int, P], R], Iterator[int], Sequence[str], Mapping[str, Any])
print(Union[int, str, None], Optional[Union[int, str]], int | str | None, typing.List[int] | None, Union[int], Union[int, int])
UserId = NewType("UserId", int)
print(UserId(5), UserId, type(UserId(5)), UserId.__supertype__)
def f(x: Annotated[int, "pos"], y: "Optional[str]" = None) -> Literal["ok"]: return "ok"
print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(typing.get_origin(Literal[1]), typing.get_args(Literal[1, 2]), typing.get_origin(int | str), typing.get_args(Callable[[int], str]), typing.get_origin(Annotated[int, 1]))
print(cast(int, "x"), reveal_type(3), assert_never.__name__)
t(lambda: assert_never(5))
class Node(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def me(self) -> Self: return self
print(Node[int], Node[int](3).v, Node.__orig_bases__ if hasattr(Node, "__orig_bases__") else None, Node[int].__origin__, Node[int].__args__)
class TD(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(TD.__required_keys__, TD.__optional_keys__, TD(a=1))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), g("s"))
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, "__final__") else None)
t(lambda: Literal[1]())
t(lambda: Union[int, str]())
t(lambda: isinstance(1, typing.List[int]))
t(lambda: isinstance(1, int | str))
t(lambda: issubclass(bool, int | None))
t(lambda: typing.List[int, str])
t(lambda: Generic[int])
t(lambda: TypeVar("X", int))
print(typing.TYPE_CHECKING, typing.Any, typing.NoReturn, typing.Never, repr(typing.Tuple[int, ...]), typing.Tuple[()], tuple[int, ...], type[int], typing.Type[int])
Alias: TypeAlias = "list[int]"
print(Alias, typing.get_type_hints(type("X", (), {"__annotations__": {"a": "int"}})))
class Proto(typing.Protocol):
    x: int
    def meth(self) -> int: ...
t(lambda: isinstance(1, Proto))
print(typing.runtime_checkable(Proto), isinstance(Node(1), typing.runtime_checkable(type("P2", (typing.Protocol,), {"__annotations__": {}}))))
print(typing.ForwardRef("X"), typing.Optional["X"], list[int]([1, 2]), dict[str, int]().__class__)
