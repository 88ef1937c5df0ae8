import typing
from typing import *
P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")
print(P, P.args, P.kwargs, repr(P.args), Ts, Unpack[Ts], Callable[P, R], Callable[Concatenate[int, P], R])
def deco(f: Callable[P, R]) -> Callable[P, R]: return f
print(get_args(Callable[Concatenate[int, P], R]), get_origin(Concatenate[int, P]) if hasattr(typing, "Concatenate") else "")
class Arr(Generic[*Ts]) if False else Generic[Unpack[Ts]]: pass
print(Arr[int, str], Arr[()], Arr.__parameters__)
print(Self, LiteralString, Never, NoReturn, Required[int], NotRequired[str])
class TD(TypedDict):
    a: Required[int]
    b: NotRequired[str]
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD.__annotations__)
T = TypeVar("T")
class GTD(TypedDict, Generic[T]):
    val: T
print(GTD[int], GTD.__parameters__, GTD(val=1))
class GNT(NamedTuple, Generic[T]):
    x: T
    y: int = 0
print(GNT(1), GNT[int], GNT.__parameters__ if hasattr(GNT, "__parameters__") else None)
print(assert_type(5, int), reveal_type.__name__)
try: assert_never(3)
except AssertionError as e: print("AssertionError", e)
@dataclass_transform()
def model(cls): return cls
print(model.__dataclass_transform__)
def f(x: Annotated[int, "meta"], y: "List[int]") -> None: ...
print(get_type_hints(f), get_type_hints(f, include_extras=True))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__)
try: Annotated[int]
except TypeError as e: print("TypeError", e)
print(Optional[Annotated[int, 1]], Union[int, Annotated[str, "x"]])
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, "__final__") else None)
class Base:
    @final
    def m(self): pass
print(getattr(Base.m, "__final__", None))
print(typing.is_typeddict(TD), typing.is_typeddict(dict), typing.get_overloads if hasattr(typing, "get_overloads") else None)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(len(typing.get_overloads(g)))
try: g.__wrapped__
except AttributeError as e: print("AttributeError")
print(repr(Tuple[int, ...]), repr(tuple[int, ...]), Tuple[()] == tuple[()] if False else "", Type[Any], type[int])
print(List["Foo"], ForwardRef("Foo"), Optional["Bar"])
print(get_origin(Required[int]), get_args(Unpack[Ts]), get_origin(Unpack[Ts]))
class Proto(Protocol[T]):
    def get(self) -> T: ...
print(Proto[int], Proto.__parameters__, typing.Protocol in Proto.__mro__)
try: Proto()
except TypeError as e: print("TypeError", e)
print(TypeAlias, TypeGuard[int], typing.ClassVar[List[int]], typing.Final[int])
try: ClassVar[int, str]
except TypeError as e: print("TypeError", e)
try: Union[int, 3]
except TypeError as e: print("TypeError", e)
try: List[int, str]
except TypeError as e: print("TypeError", e)
try: Callable[int, str]
except TypeError as e: print("TypeError", e)
try: TypeVar("T", int)
except TypeError as e: print("TypeError", e)
try: Generic[T, T]
except TypeError as e: print("TypeError", e)
try:
    class Bad(Generic[T], Generic[R]): pass
except TypeError as e: print("TypeError", e)
print(int | list[str] | None, (int | str) | bytes, Union[int | str, float])
print(isinstance(3, int | str), issubclass(bool, int | None))
try: isinstance(3, list[int])
except TypeError as e: print("TypeError", e)
