# Substitution with ParamSpec/Concatenate/TypeVarTuple, Callable forms,
# Literal/Annotated identity, NamedTuple generics, no_type_check, copying.
import copy
import typing as t

T = t.TypeVar('T')
U = t.TypeVar('U')
P = t.ParamSpec('P')
Ts = t.TypeVarTuple('Ts')


def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


C = t.Callable[[T], U]
print(C[int, str], C[int, str].__args__, C.__parameters__, t.get_args(C[int, str]))
CP = t.Callable[P, T]
print(CP[[int, str], bool], CP[..., int], CP[[], int], CP.__parameters__)
print(CP[t.Concatenate[int, P], T], t.get_args(CP[[int], str]))
CC = t.Callable[t.Concatenate[int, P], T]
print(CC[[str], bool], CC.__parameters__, CC[..., int])
check(lambda: t.Concatenate[int])
check(lambda: t.Concatenate[()])
check(lambda: CP[int])


class G(t.Generic[P, T]):
    pass


print(G[[int], str], G[..., int], G[P, T].__parameters__)
check(lambda: G[int, str])


class Var(t.Generic[T, t.Unpack[Ts]]):
    pass


print(Var[int], Var[int, str, bytes], Var.__parameters__, t.Unpack[Ts], list(Ts))
check(lambda: Var[()])
print(t.Tuple[t.Unpack[Ts]], t.Tuple[int, t.Unpack[Ts]][str, bytes])

print(t.Literal[1] == t.Literal[True], t.Literal[1, 2] == t.Literal[2, 1], hash(t.Literal[1, 2]) == hash(t.Literal[2, 1]))
print(t.Literal[[1]].__args__ if False else '', t.Annotated[t.List[T], 'm'][int], t.Annotated[int, 'a'] == t.Annotated[int, 'a'], t.Annotated[int, 'a'] == t.Annotated[int, 'b'])
print(t.get_type_hints(type('X', (), {'__annotations__': {'a': t.Annotated[int, 1], 'b': t.Required[int]}}), include_extras=False))
print(t.Union[int, t.List[T]][str], t.Optional[T][int], t.Union[T, U][int, int], (T | int)[str])
print(t.Dict[T, U][int, t.List[U]].__parameters__, t.Type[T][int], t.FrozenSet[t.Tuple[T, ...]][str])
check(lambda: t.List[T][int, str])
check(lambda: t.Generic[T][int])


class NT(t.NamedTuple, t.Generic[T]):
    a: T
    b: int = 0


print(NT(1), NT[int], NT[str](a='x'), NT.__parameters__)
TD = t.TypedDict('TD', {'x': t.Annotated[t.NotRequired[int], 'm'], 'y': t.Required[str]}, total=False)
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
print(copy.copy(T) is T, copy.deepcopy(t.List[int]) == t.List[int], copy.deepcopy(P) is P)
Nested = t.NewType('outer.Inner', int)
print(Nested, Nested.__name__, Nested.__qualname__)


@t.no_type_check
class NoCheck:
    a: int

    def m(self, x: 'Undefined') -> 'Bad':
        pass


print(t.get_type_hints(NoCheck), t.get_type_hints(NoCheck.m), NoCheck.m.__no_type_check__)


@t.runtime_checkable
class Sized2(t.Protocol):
    def __len__(self) -> int: ...


class Base(t.Protocol):
    x: int


class Child(Base, t.Protocol):
    def y(self) -> int: ...


print(isinstance([], Sized2), issubclass(dict, Sized2), issubclass(int, Sized2), Child._is_protocol)


class Concrete(Child):
    def __init__(self, v):
        self.v = v


print(Concrete(3).v, Concrete._is_protocol)
print(t.get_origin(P.args), t.get_origin(t.Concatenate[int, P]), t.get_args(t.Concatenate[int, P]))
print(repr(t.ParamSpecArgs(P)), P.args == P.args, P.kwargs == P.args)
print(t.List.__name__, t.List[int].__name__, t.Callable.__qualname__, t.Annotated[int, 1].__name__, t.List.append is list.append)
print(t.ForwardRef('List[int]')._evaluate({'List': t.List}, None, frozenset()))
check(lambda: t.ForwardRef(5))
check(lambda: t.ForwardRef('1 +'))
print(t.ForwardRef('x', module='m'), hash(t.ForwardRef('a')) == hash(t.ForwardRef('a')))
print(t.Optional[t.ForwardRef('int')] == t.Optional['int'], t.List['int'] == t.List[t.ForwardRef('int')])
print(int | t.ForwardRef('str'), t.ForwardRef('str') | None)
