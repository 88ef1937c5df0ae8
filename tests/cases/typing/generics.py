import typing as t
from typing import Generic, TypeVar, Protocol, List, Dict, Optional

def check(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar('T')
S = TypeVar('S')
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

print(Stack[int], Stack.__parameters__, Stack.__orig_bases__, Stack[int]().__orig_class__, Stack.__mro__)
s = Stack[int]()
s.push(3)
print(s.pop(), type(s).__name__, isinstance(s, Stack))
class Pair(Generic[T, S]):
    pass
print(Pair[int, str], Pair[T, int], Pair[T, int][str], Pair[int, str] == Pair[int, str])
check(lambda: Pair[int])
check(lambda: Stack[int, str])
check(lambda: Generic[int])
check(lambda: Generic[T, T])
check(lambda: Generic[()])
def plain_generic():
    class Bad(Generic):
        pass
check(plain_generic)
class Sub(Stack[int]):
    pass
print(Sub.__orig_bases__, Sub.__parameters__, Sub.__mro__)
class Sub2(Stack[T], Generic[T]):
    pass
print(Sub2.__parameters__, Sub2[str])
def bad_vars():
    class Sub3(Stack[T], Generic[S]):
        pass
check(bad_vars)
class LL(List[int]):
    pass
print(LL.__mro__, LL.__orig_bases__, LL([1, 2]))
class DD(Dict[str, T]):
    pass
print(DD.__parameters__, DD[int], DD(a=1))
print(isinstance([], t.List), issubclass(list, t.Sequence), isinstance({}, t.Mapping), isinstance([], t.Iterable), isinstance(1, t.Hashable), issubclass(dict, t.List))
check(lambda: isinstance([], List[int]))
check(lambda: isinstance(1, t.Any))
check(lambda: isinstance(1, t.Union))
check(lambda: isinstance(1, Optional[int]))
check(lambda: isinstance('x', t.Union[int, str]))
check(lambda: isinstance(2.5, t.Union[int, str]))
check(lambda: issubclass(int, t.Callable))
check(lambda: isinstance(len, t.Callable))
check(lambda: t.List())
check(lambda: t.Dict())
print(t.DefaultDict[str, int](), t.Counter[str]('aab'), type(t.Deque[int]()), t.OrderedDict[str, int](a=1))
check(lambda: t.Union())
check(lambda: t.Any())
check(lambda: t.Optional())
class A(t.Any):
    pass
print(repr(A()).startswith('<__main__.A object'), repr(A))

# Protocol
class Greeter(Protocol):
    def greet(self) -> str: ...
@t.runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
class G:
    def greet(self): return 'hi'
print(isinstance(F(), Closer), isinstance(G(), Closer), issubclass(F, Closer))
check(lambda: isinstance(G(), Greeter))
check(lambda: Greeter())
check(lambda: t.runtime_checkable(F))
class Impl(Greeter):
    def greet(self):
        return 'impl'
print(Impl().greet(), Greeter.__mro__[1:] if False else '', Impl._is_protocol)
@t.runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX), isinstance(F(), HasX))
check(lambda: issubclass(WithX, HasX))
class GenProto(Protocol[T]):
    def get(self) -> T: ...
print(GenProto[int], GenProto.__parameters__)
def proto_bad():
    class PB(Protocol, int):
        pass
check(proto_bad)

# NewType
UserId = t.NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, type(UserId(5)), UserId | None)
def sub_newtype():
    class Q(UserId):
        pass
check(sub_newtype)

# overload / final / misc
@t.overload
def f(x: int) -> int: ...
@t.overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(3), len(t.get_overloads(f)))
check(lambda: t.overload(lambda: 0)())
@t.final
class Fin:
    @t.final
    def m(self): pass
print(Fin.__final__, Fin.m.__final__)
check(lambda: t.assert_never(5))
check(lambda: t.assert_never('x' * 200))
@t.no_type_check
def ntc(a: int) -> str: pass
print(ntc.__no_type_check__)
print(t.reveal_type(5))
@t.dataclass_transform()
def dt(cls): return cls
print(dt.__dataclass_transform__)
