from typing import *
import typing
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1)
print(s.__orig_class__, Stack.__orig_bases__, type(s).__name__, s.pop(), Stack[int] == Stack[int], Stack[int] is Stack[int], hash(Stack[int]) == hash(Stack[int]))
class IntStack(Stack[int]): pass
print(IntStack.__orig_bases__, IntStack.__parameters__, IntStack.__mro__[1:3])
class Mapping2(Generic[K, V], dict): pass
print(Mapping2[str, int], Mapping2.__mro__[1:3])
class Tree(Generic[T]):
    def __init__(self, v: T, children: "list[Tree[T]]" = None): pass
print(get_type_hints(Tree.__init__))
class Node:
    next: "Optional[Node]"
    val: int
    cls_v: ClassVar[str] = "x"
print(get_type_hints(Node), Node.__annotations__)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class Named(Protocol):
    name: str
class Person:
    def __init__(self): self.name = "p"
print(isinstance([1], HasLen), isinstance(3, HasLen), isinstance(Person(), Named), isinstance(object(), Named))
try: issubclass(Person, Named)
except TypeError as e: print("TypeError", e)
class Impl(HasLen):
    def __len__(self): return 3
print(len(Impl()), isinstance(Impl(), HasLen), HasLen._is_protocol, Impl._is_protocol if hasattr(Impl, "_is_protocol") else None)
try: HasLen()
except TypeError as e: print("TypeError", e)
class SupportsClose(Protocol):
    def close(self): ...
try: isinstance(1, SupportsClose)
except TypeError as e: print("TypeError", e)
def first(xs: Sequence[T]) -> T: return xs[0]
print(first([3, 2]), first.__annotations__)
print(typing.get_origin(Stack[int]), typing.get_args(Stack[int]), typing.get_origin(Stack))
Alias = Dict[str, List[T]]
print(Alias, Alias[int], Alias.__parameters__)
try: Alias[int, str]
except TypeError as e: print("TypeError", e)
print(Union[Stack[int], None], Optional[Stack[T]][str])
try: Stack[int]()
except Exception as e: print(type(e).__name__, e)
x = Stack[str](); print(type(x) is Stack)
class Meta(type): pass
class WithMeta(Generic[T], metaclass=Meta): pass
print(type(WithMeta[int]).__name__, type(WithMeta).__name__)
try:
    class BadGen(Generic[T], Generic[K]): pass
except TypeError as e: print("TypeError", e)
try:
    class BadProto(Protocol, int): pass
except TypeError as e: print("TypeError", e)
print(repr(T), T.__covariant__, T.__contravariant__, TypeVar("X", bound="Stack").__bound__)
try: TypeVar("Y", int, bound=str)
except TypeError as e: print("TypeError", e)
try: TypeVar("Z", covariant=True, contravariant=True)
except ValueError as e: print("ValueError", e)
class NT(NamedTuple):
    a: int
    b: str = "b"
try:
    class NT2(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print("TypeError", e)
try:
    class NT3(NamedTuple):
        _a: int
except ValueError as e: print("ValueError", e)
NT4 = NamedTuple("NT4", [("x", int), ("y", float)])
print(NT4(1, 2.0), NT4.__annotations__, NT._field_defaults, NT(1)._replace(b="q"), NT.__doc__)
TD = TypedDict("TD", {"a": int, "b-c": str})
print(TD(a=1, **{"b-c": "x"}), TD.__annotations__, TD.__required_keys__ == frozenset({"a", "b-c"}))
try: TypedDict("X", {"a": int}, total=False).__optional_keys__
except Exception as e: print(type(e).__name__, e)
print(TypedDict("X", {"a": int}, total=False).__optional_keys__)
class TD2(TypedDict):
    x: int
try: isinstance({}, TD2)
except TypeError as e: print("TypeError", e)
print(typing.get_args(Callable[[int, str], None]), typing.get_args(Callable[..., None]), Callable[[int], str].__args__)
