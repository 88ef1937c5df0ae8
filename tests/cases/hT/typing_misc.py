import typing
from typing import (Self, LiteralString, Never, NoReturn, assert_never, reveal_type,
    assert_type, TypeVarTuple, Unpack, Required, NotRequired, TypedDict, Literal, Any,
    get_overloads, clear_overloads, overload, dataclass_transform, Final, ClassVar)
print(Self, LiteralString, Never, NoReturn, Any)
print(repr(Self), repr(Never))
try:
    assert_never(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    assert_never("x" * 200)
except Exception as e:
    print(type(e).__name__, e)
import sys, io
old = sys.stderr
sys.stderr = io.StringIO()
r = reveal_type([1, 2])
msg = sys.stderr.getvalue()
sys.stderr = old
print(r, repr(msg))
print(assert_type(3, int), assert_type("a", float))
Ts = TypeVarTuple("Ts")
print(Ts, repr(Ts), Ts.__name__)
print(Unpack[Ts], [*Ts])
print(tuple[int, *Ts], tuple[int, Unpack[Ts]])
print(Required[int], NotRequired[str])
print(Literal[1, "a", None], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1])
print(Literal[1, 1, 2])
try:
    Self()
except Exception as e:
    print(type(e).__name__, e)
try:
    isinstance(1, Self)
except Exception as e:
    print(type(e).__name__, e)
try:
    Never[int]
except Exception as e:
    print(type(e).__name__, e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)])
clear_overloads()
print(get_overloads(f))
@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__)
@deco
class A: pass
print(A)
print(Final[int], ClassVar[list[int]])
try:
    ClassVar[int, str]
except Exception as e:
    print(type(e).__name__, e)
try:
    typing.Optional[int, str]
except Exception as e:
    print(type(e).__name__, e)
try:
    typing.Union[()]
except Exception as e:
    print(type(e).__name__, e)
print(typing.Union[int], typing.Union[int, int])
print(typing.TYPE_CHECKING)
print(typing.cast(int, "x"), typing.cast("int", 3))
try:
    typing.List[int]()
except Exception as e:
    print(type(e).__name__, e)
print(typing.List[int], typing.Dict[str, int], typing.Tuple[int, ...], typing.Tuple[()])
print(typing.Callable[[int], str], typing.Callable[..., int])
print(typing.Type[int], typing.Set, typing.List)
print(typing.Optional[typing.List[int]])
