import typing
from typing import *
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
T = TypeVar('T'); U = TypeVar('U', covariant=True); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
chk('tv', lambda: (T, U, TypeVar('C', contravariant=True), P, P.args, P.kwargs, Ts, T.__covariant__))
chk('tv bad', lambda: TypeVar('X', int))
chk('tv both', lambda: TypeVar('X', covariant=True, contravariant=True))
chk('callable P', lambda: Callable[P, T])
chk('callable concat', lambda: Callable[Concatenate[int, P], T])
chk('callable sub', lambda: Callable[P, T][[int, str], bool])
chk('callable bad', lambda: Callable[int, str])
chk('callable ellipsis', lambda: (Callable[..., None], Callable[[], int]))
chk('literal dedupe', lambda: (Literal[1, 1, 2], Literal[1, True], Literal[Literal[1, 2], 3], Literal['a'] == Literal['a']))
chk('union flat', lambda: (Union[int, Union[str, float]], Union[int, str, int], Optional[None], Optional[Optional[int]], Union[None, int]))
chk('union mixed', lambda: (Union[int, list[int]], int | List[str], Optional[int | str], (int | None) == Optional[int], List[int] | None))
chk('union args', lambda: get_args(int | str | None))
chk('annotated', lambda: (Annotated[int, 'a', 1], Annotated[Annotated[int, 'x'], 'y'], get_args(Annotated[int, 'm']), get_origin(Annotated[int, 'm'])))
chk('annotated bad', lambda: Annotated[int])
class A:
    x: Annotated[int, 'meta']
    y: 'Optional[A]'
chk('hints extras', lambda: (get_type_hints(A), get_type_hints(A, include_extras=True)))
def f(a: 'undefined_name'): pass
chk('hints undefined', lambda: get_type_hints(f))
def g(a: int = None): pass
chk('hints none default', lambda: get_type_hints(g))
chk('generic bad', lambda: Generic[T, T])
class G(Generic[T, U]): pass
chk('generic sub', lambda: (G[int, str], G[int], ))
chk('generic sub2', lambda: G[int, str, float])
chk('generic params', lambda: (G.__parameters__, G[int, T].__parameters__, G[int, T][str]))
chk('generic instance', lambda: type(G[int, str]()).__name__)
chk('generic orig class', lambda: G[int, str]().__orig_class__)
class NTG(NamedTuple, Generic[T]):
    a: T
chk('nt generic', lambda: (NTG(1), NTG[int]))
chk('nt func', lambda: (NamedTuple('X', [('a', int), ('b', str)])(1, 'b'), NamedTuple('X', [('a', int)]).__annotations__))
chk('nt bad default', lambda: NamedTuple('X', [('a', int)], defaults=[1]))
class TD(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: float
chk('td keys', lambda: (sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD(a=1)))
chk('td func', lambda: TypedDict('TD2', {'x': int, 'y-z': str}).__annotations__)
chk('td isinstance', lambda: isinstance({}, TD))
chk('protocol attrs', lambda: None)
@runtime_checkable
class HasX(Protocol):
    x: int
    def m(self) -> None: ...
class Ok:
    x = 1
    def m(self): pass
class NoX:
    def m(self): pass
chk('proto data', lambda: (isinstance(Ok(), HasX), isinstance(NoX(), HasX)))
chk('proto issubclass', lambda: issubclass(Ok, HasX))
chk('builtin protos', lambda: (isinstance([], Iterable), isinstance(3, SupportsInt), isinstance('a', SupportsAbs), issubclass(int, Hashable), isinstance([], Sized), isinstance(len, Callable)))
chk('type repr', lambda: (Type[int], type[int], Type['X'], typing.Pattern, typing.Match[str], typing.IO[str], typing.Deque[int], typing.DefaultDict[str, int], typing.OrderedDict, typing.Counter[str], typing.ChainMap[str, int]))
chk('aliases', lambda: (typing.List.__origin__, typing.Dict.__args__ if hasattr(typing.Dict, '__args__') else None, typing.List._name, List[int].__args__, typing.Tuple[int, str].__origin__))
chk('list call', lambda: typing.List())
chk('forwardref', lambda: (ForwardRef('A'), ForwardRef('A') == ForwardRef('A'), List['A'].__args__[0].__forward_arg__))
chk('final', lambda: (final(int), Final, Final[int], ClassVar[List[int]]))
chk('classvar bad', lambda: ClassVar[int, str])
chk('no_type_check', lambda: no_type_check(lambda x: x).__no_type_check__)
chk('newtype', lambda: (NewType('UserId', int), NewType('UserId', int)(5), NewType('U', int).__supertype__))
chk('overload direct', lambda: overload(lambda: 1)())
chk('typeguard', lambda: (TypeGuard[int], TypeAlias, LiteralString, Never, NoReturn, Self))
chk('unpack', lambda: (Unpack[Ts], Tuple[Unpack[Ts]], tuple[int, *Ts]))
chk('subscript Any', lambda: Any[int])
chk('isinstance Any', lambda: isinstance(1, Any))
chk('Union call', lambda: Union())
chk('Optional bad', lambda: Optional[int, str])
chk('text', lambda: (Text is str, AnyStr, AnyStr.__constraints__, typing.ByteString))
chk('get_args misc', lambda: (get_args(int), get_origin(int), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_origin(Callable[[int], str]), get_origin(Generic), get_origin(Literal[1])))
chk('cast', lambda: cast(str, 1))
chk('dunder module', lambda: (List.__module__, List[int].__module__, T.__module__))
chk('mro generic', lambda: [c.__name__ for c in G.__mro__])
