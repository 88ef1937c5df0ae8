x: int = 5
y: 'str'
z: list[int] = []
print(__annotations__)
class C:
    a: int
    b: str = 'b'
    c: 'C'
    (d): float = 1.0
    e.f if False else None
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f(a: int, b: 'x' = 1, *args: str, c: float, **kw: bool) -> None: pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__)
g.__annotations__['q'] = 1
print(g.__annotations__)
lst = [0]
lst[0]: int = 9
print(lst)
class O: pass
o = O()
o.attr: int = 3
print(o.attr)
def local():
    v: int
    try:
        v
    except NameError as e:
        print(type(e).__name__, e)
    w: int = 2
    return w
print(local())
cnt = 0
def side():
    global cnt
    cnt += 1
    return int
q: side() = 1
print('annotation evaluated', cnt)
def inner():
    r: side() = 2
    return r
inner()
print('local annotation not evaluated', cnt)
class D:
    m: side()
print('class annotation evaluated', cnt)
try:
    exec('u: undefined_name = 1')
except NameError as e:
    print('NameError', e)
ns = {}
exec('from __future__ import annotations\nk: undefined_thing[int] = 1\ndef h(p: Foo) -> Bar: pass\n', ns)
print(ns['__annotations__'], ns['h'].__annotations__)
import typing
print(typing.get_type_hints(f))
class E:
    x: int = 1
    def m(self) -> 'E': return self
print(typing.get_type_hints(E), typing.get_type_hints(E.m))
