import typing as t
from typing import *
print(List[Tuple[int, ...]], Dict[str, Optional[List[int]]], Union[int, Union[str, float]], Union[int, int], Optional[Union[int, str]], Optional[None], Union[None, int])
print(Callable[[int, str], bool], Callable[[], None], Callable[..., List[int]], Literal['a', 1, True, None], Literal[1, 1, 2], Annotated[int, 'meta', 5], Type[List[int]])
print(t.get_args(Callable[[int, str], bool]), t.get_args(Annotated[int, 'x']), t.get_origin(Annotated[int, 'x']), t.get_origin(Callable[[int], str]), t.get_origin(Literal[1]), t.get_args(Literal[1, 2]))
P = ParamSpec('P'); T = TypeVar('T'); Ts = TypeVarTuple('Ts')
print(P, P.args, P.kwargs, Callable[P, T], Callable[Concatenate[int, P], T], Ts, Tuple[int, Unpack[Ts]], Generic[T], Protocol[T])
print(TypeVar('T', covariant=True), TypeVar('T', contravariant=True), TypeVar('X', int, str), TypeVar('X', bound='Foo'), TypeVar('X', bound=int).__bound__)
print(t.Self, t.LiteralString, t.Never, t.NoReturn, t.TypeAlias, t.Required[int], t.NotRequired[str], t.ClassVar[List[int]], t.Final, t.TypeGuard[int], t.Concatenate)
print(t.assert_never.__name__, t.assert_type(5, int), t.reveal_type.__name__)
try: t.assert_never(1)
except AssertionError as e: print('AE', e)
class Node(Generic[T]):
    def __init__(self, val: T, nxt: 'Optional[Node[T]]' = None): self.val = val
print(Node[int], Node[int].__origin__, Node[int].__args__, t.get_type_hints(Node.__init__), Node.__orig_bases__ if hasattr(Node, '__orig_bases__') else '')
class Pair(NamedTuple, Generic[T]) if False else NamedTuple:
    a: int
    b: str = 'x'
print(Pair(1), Pair.__annotations__)
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
print(TD.__required_keys__, TD.__optional_keys__, TD(a=1, b='x'), t.get_type_hints(TD), t.get_type_hints(TD, include_extras=True))
def f(x: Annotated[int, 'm'], y: 'List[str]', z: int = None) -> None: ...
print(t.get_type_hints(f), t.get_type_hints(f, include_extras=True))
try: t.get_type_hints(lambda x: 0) or print('empty ok')
except Exception as e: print(e)
def g(a: 'Undefined'): ...
try: t.get_type_hints(g)
except NameError as e: print('NE', e)
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None], int | str == Union[int, str], hash(List[int]) == hash(List[int]))
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Generic[int], lambda: Callable[int, str], lambda: Literal, lambda: ClassVar[int, str], lambda: Dict[int], lambda: TypeVar('T', int)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(t.get_origin(list[int]), t.get_origin(List), t.get_args(List), t.get_origin(int), t.get_args(int), t.is_typeddict(TD), t.get_overloads(f) if hasattr(t, 'get_overloads') else '')
print(t.NewType('UserId', int), t.NewType('UserId', int)(5), repr(t.NewType('UserId', int)))
print(t.ForwardRef('int'), t.Text, t.AnyStr, t.SupportsInt, t.Sized, t.Hashable, t.Iterator[int], t.Generator[int, None, None], t.AsyncIterator, t.Deque[int], t.DefaultDict[str, int], t.Counter[str], t.ChainMap, t.OrderedDict[str, int], t.Pattern, t.Match[str])
@t.final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else '', t.no_type_check(f) is f, t.runtime_checkable(t.SupportsAbs))
print(isinstance(5, t.SupportsInt), isinstance('a', t.SupportsInt), isinstance([], t.Sized), issubclass(list, t.Iterable), isinstance(3, t.Hashable))
