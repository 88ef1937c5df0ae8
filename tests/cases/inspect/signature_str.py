# str() of signatures of Python functions.
import inspect
from typing import Optional, List, Dict, Callable


def show(f):
    print(f.__name__, inspect.signature(f))


def plain(a, b, c): pass
def defaults(a, b=2, c='x', d=None, e=(1, 2), f=[]): pass
def star(*args): pass
def kw(**kwargs): pass
def both(a, *args, b, c=3, **kwargs): pass
def kwonly(a, *, b, c=1): pass
def posonly(a, b, /, c, d=4, *, e): pass
def posonly_only(a, /): pass
def posonly_default(a=1, /, b=2): pass
def annotated(x: int, y: str = 'y', *rest: float, z: bool = False, **opts: dict) -> list: pass
def typing_ann(a: Optional[int] = None, b: List[str] = None) -> Dict[str, int]: pass
def generic_ann(a: list[int], b: dict[str, tuple[int, ...]]) -> set[str]: pass
def string_ann(a: 'MyType', b: 'int' = 3) -> 'Result': pass
def callable_ann(cb: Callable[[int], str]) -> None: pass
def none_ret() -> None: pass
def neg_default(a=-1, b=1.5, c=1e100, d=b'x', e=True): pass


class Point:
    pass


def class_ann(p: Point, q: inspect.Parameter = None) -> 'Point': pass


for fn in [plain, defaults, star, kw, both, kwonly, posonly, posonly_only, posonly_default,
           annotated, typing_ann, generic_ann, string_ann, callable_ann, none_ret, neg_default,
           class_ann]:
    show(fn)

print(inspect.signature(lambda x, y=1: x))
print(inspect.signature(lambda *, k: k))
print(inspect.signature(lambda: None))
print(repr(inspect.signature(plain)))


def outer():
    def inner(q, r=[1, {'a': 2}]) -> int:
        pass
    return inner


print(inspect.signature(outer()))


async def coro(a, b=0): pass


def gen(n): yield n


show(coro)
show(gen)
