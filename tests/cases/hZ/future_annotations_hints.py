from __future__ import annotations
import typing, dataclasses
x: int = 5
y: "list[str]"
def f(a: int, b: Foo = None) -> dict[str, Foo]: ...
class Foo:
    attr: int
    other: typing.ClassVar[int] = 3
    def m(self) -> Foo: ...
print(__annotations__, f.__annotations__, Foo.__annotations__)
print(typing.get_type_hints(f), typing.get_type_hints(Foo))
@dataclasses.dataclass
class DC:
    a: int
    c: typing.ClassVar[int] = 1
    d: dataclasses.InitVar[str] = "x"
    def __post_init__(self, d): self.e = d
print([f.name for f in dataclasses.fields(DC)], DC(1), DC(1).e)
import inspect
print(inspect.signature(f), inspect.get_annotations(f), inspect.get_annotations(f, eval_str=True))
def g(*args: int, **kwargs: str) -> None: pass
print(g.__annotations__, inspect.signature(g))
class Node:
    next: Node | None = None
print(typing.get_type_hints(Node), Node.__annotations__)
