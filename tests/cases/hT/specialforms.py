import typing
from typing import *
T = TypeVar("T")
forms = [Any, NoReturn, Never, Self, LiteralString, ClassVar, Final, Union, Optional, Literal, TypeAlias,
         Concatenate, TypeGuard, Annotated, Required, NotRequired, Unpack, Generic, Protocol, Callable, Tuple, List]
def tryit(desc, f):
    try:
        print(desc, repr(f()))
    except Exception as e:
        print(desc, type(e).__name__, e)
for f in forms:
    n = getattr(f, "_name", None) or getattr(f, "__name__", "?")
    tryit(f"{n} call", lambda: type(f()))
    tryit(f"{n} isinstance", lambda: isinstance(1, f))
    tryit(f"{n} issubclass", lambda: issubclass(int, f))
    tryit(f"{n} sub int", lambda: f[int])
    tryit(f"{n} repr", lambda: f)
    tryit(f"{n} or", lambda: f | int)
def mk(base):
    class X(base): pass
    return X
for f in [Any, Never, Self, ClassVar, Union, Literal, Optional, List[int], Union[int, str], Literal[1], ClassVar[int], Generic, Protocol, Callable[[], int], type[int], int | str]:
    tryit(f"subclass {f!r}", lambda: mk(f).__mro__)
tryit("Literal[]", lambda: Literal[()])
tryit("Union dup", lambda: Union[int, int, str])
tryit("Optional[Optional]", lambda: Optional[Optional[int]])
tryit("Union[None]", lambda: Union[None])
tryit("Union[1]", lambda: Union[1])
tryit("List[1]", lambda: List[1])
tryit("Tuple[1]", lambda: Tuple[1])
tryit("ClassVar[1]", lambda: ClassVar[1])
tryit("Callable[[1], int]", lambda: Callable[[1], int])
tryit("Type[1]", lambda: Type[1])
tryit("TypeVar bound 1", lambda: TypeVar("B", bound=1))
tryit("TypeVar name", lambda: TypeVar(1))
tryit("List[int, str]", lambda: List[int, str])
tryit("Dict[int]", lambda: Dict[int])
tryit("Generic[int]", lambda: Generic[int])
tryit("Protocol[int]", lambda: Protocol[int])
tryit("Generic[T][int]", lambda: Generic[T][int])
tryit("Final[int, str]", lambda: Final[int, str])
tryit("Annotated[()]", lambda: Annotated[()])
tryit("Self[int]", lambda: Self[int])
tryit("LiteralString[int]", lambda: LiteralString[int])
tryit("Unpack[int]", lambda: Unpack[int])
tryit("Required[int, str]", lambda: Required[int, str])
tryit("ParamSpec sub", lambda: ParamSpec("P")[int])
tryit("TypeVar sub", lambda: T[int])
tryit("TypeVar call", lambda: T())
tryit("TypeVar subclass", lambda: mk(TypeVar))
tryit("hash forms", lambda: len({hash(f) for f in [Any, Union, Optional]}))
tryit("reveal", lambda: reveal_type.__name__)
tryit("Any repr", lambda: (repr(Any), str(Any), Any.__name__ if hasattr(Any, "__name__") else "-"))
tryit("NoReturn==Never", lambda: NoReturn == Never)
tryit("Tuple[()]", lambda: (Tuple[()], Tuple[()].__args__))
tryit("tuple[()]", lambda: (tuple[()], tuple[()].__args__))
tryit("Tuple[int, ...]", lambda: Tuple[int, ...].__args__)
tryit("Tuple[..., int]", lambda: Tuple[..., int])
