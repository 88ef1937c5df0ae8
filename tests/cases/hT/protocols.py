from typing import Protocol, runtime_checkable, TypeVar, Generic, SupportsInt, SupportsAbs, SupportsIndex, SupportsFloat, SupportsRound, SupportsBytes, SupportsComplex
import typing
def t(d, f):
    try: print(d, repr(f()))
    except Exception as e: print(d, "!!", type(e).__name__, e)
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class WithProp(Protocol):
    @property
    def size(self) -> int: ...
class HasSize:
    size = 3
class HasLen:
    def __len__(self): return 0
t("list sized", lambda: isinstance([], Sized2))
t("int sized", lambda: isinstance(1, Sized2))
t("haslen", lambda: isinstance(HasLen(), Sized2))
t("subclass", lambda: issubclass(HasLen, Sized2))
t("prop inst", lambda: isinstance(HasSize(), WithProp))
t("prop sub", lambda: issubclass(HasSize, WithProp))
t("supports int", lambda: (isinstance(1.5, SupportsInt), isinstance("x", SupportsInt), isinstance(2, SupportsIndex)))
t("supports abs", lambda: (isinstance(-1, SupportsAbs), isinstance("x", SupportsAbs)))
t("supports float", lambda: (isinstance(1, SupportsFloat), isinstance(1j, SupportsComplex), isinstance(b"", SupportsBytes)))
t("supports round", lambda: isinstance(1.5, SupportsRound))
t("repr", lambda: (SupportsInt, SupportsAbs[int], Sized2))
class P1(Protocol):
    x: int
    def meth(self) -> None: ...
t("attrs", lambda: sorted(typing._get_protocol_attrs(P1)) if hasattr(typing, "_get_protocol_attrs") else "n/a")
t("is_protocol", lambda: (P1._is_protocol, getattr(HasLen, "_is_protocol", None)))
class Concrete(P1):
    def __init__(self): self.x = 5
t("concrete", lambda: (Concrete().x, Concrete._is_protocol))
class Mixed(Sized2, Protocol):
    def extra(self): ...
t("mixed proto", lambda: Mixed._is_protocol)
def bad():
    class BadP(Protocol, int): pass
t("bad base", bad)
def bad2():
    class NP: pass
    class BP(NP, Protocol): pass
t("bad base2", bad2)
T = TypeVar("T", covariant=True)
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class IntBox:
    def get(self): return 1
t("generic proto", lambda: (isinstance(IntBox(), Box), Box[int], Box.__parameters__))
t("generic proto sub", lambda: isinstance(IntBox(), Box[int]))
t("proto call", lambda: P1())
class WithInit(Protocol):
    def __init__(self, v): self.v = v
class Impl(WithInit):
    pass
t("proto init", lambda: Impl(4).v)
t("typevar reprs", lambda: (T, TypeVar("C", contravariant=True), TypeVar("I")))
t("hashable/sized", lambda: (isinstance([], typing.Hashable), isinstance(1, typing.Hashable), isinstance("", typing.Sized)))
t("callable", lambda: (isinstance(len, typing.Callable), isinstance(1, typing.Callable)))
t("iterable", lambda: (isinstance([], typing.Iterable), issubclass(dict, typing.Mapping), issubclass(list, typing.MutableSequence)))
t("sub generic iso", lambda: isinstance([], typing.List[int]))
t("Iterable[int] iso", lambda: isinstance([], typing.Iterable[int]))
