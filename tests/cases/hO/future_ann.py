from __future__ import annotations
class Node:
    value: int
    next: Node | None = None
    def link(self, other: Node) -> list[Node]:
        return [self, other]
print(Node.__annotations__)
print(Node.link.__annotations__)
def f(x: dict[str, list[int]] = {}, *a: tuple[int, ...], **k: "quoted") -> None: ...
print(f.__annotations__)
v: 1 + 2 = 3
print(__annotations__)
import typing
print(typing.get_type_hints(Node.link))
