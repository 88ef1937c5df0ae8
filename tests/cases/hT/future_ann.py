from __future__ import annotations
import typing
from typing import get_type_hints, overload, no_type_check, runtime_checkable, Protocol, Self, Optional
from dataclasses import dataclass, fields
class Node:
    def __init__(self, val: int, nxt: Node | None = None) -> None:
        self.val = val
    def clone(self) -> Self:
        return self
    child: list[Node]
print(Node.__init__.__annotations__)
print(Node.__annotations__)
print(get_type_hints(Node.__init__))
print(get_type_hints(Node))
print(get_type_hints(Node.clone))
@dataclass
class DC:
    x: int
    y: list[str]
    z: typing.ClassVar[int] = 0
print([(f.name, f.type) for f in fields(DC)])
print(get_type_hints(DC))
@overload
def g(x: int) -> int: ...
try:
    g(1)
except Exception as e:
    print(type(e).__name__, e)
@no_type_check
def h(a: "garbage!!") -> 1: pass
print(h.__no_type_check__, get_type_hints(h))
try:
    @runtime_checkable
    class NotProto: pass
except Exception as e:
    print(type(e).__name__, e)
class Proto(Protocol):
    x: int
    def m(self) -> int: ...
class Impl:
    x = 1
    def m(self): return 2
def use(p: Proto) -> int: return p.m()
print(use(Impl()), get_type_hints(use))
def local():
    class Inner:
        ref: Inner
    return Inner
try:
    print(get_type_hints(local()))
except Exception as e:
    print(type(e).__name__, e)
print(typing.get_type_hints(lambda x: x))
def opt(a: int = None) -> Optional[int]: pass
print(get_type_hints(opt))
def weird(a: "1 +") -> None: pass
try:
    get_type_hints(weird)
except Exception as e:
    print(type(e).__name__, e)
print(typing.ForwardRef("list[int]")._evaluate(globals(), None, frozenset()) if False else typing.ForwardRef("list[int]"))
try:
    typing.ForwardRef(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    typing.ForwardRef("1 +")
except Exception as e:
    print(type(e).__name__, e)
print(repr(typing.ForwardRef("X", module="m")), typing.ForwardRef("X") == typing.ForwardRef("X", module="m"))
