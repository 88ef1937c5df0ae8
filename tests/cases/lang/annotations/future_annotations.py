from __future__ import annotations
def f(a: int, b: list[str] = [], *args: tuple[int, ...], c: dict[str, 'X'] | None = None, **kw: Undefined) -> Foo.Bar:
    pass
print(f.__annotations__)
x: Some[Complex, Expression] = 1
y: lambda a, *b, c=1, **d: a + b
z: (1, 2) | {3: 4} | {5, 6} | [7]
w: a if b else c
v: not a and b or c
u: -x ** 2 + ~y * (a - b) // c % d @ e
t: x[1:2, ::3, ...]
s: f(*args, **kwargs, k=1)
r: a < b <= c is not d not in e
q: await_ if True else None
p: f'{x!r:>{width}} {y=}'
o: 'string' b'bytes' if False else 0x10 + 1.5 + 2j + 1e100
n: {**a, 'b': 1}
m: [i for i in range(3) if i]
l: (yield_ for yield_ in x)
k: {k: v for k, v in d}
j: (a := 1) if False else None
i: ()
print(__annotations__)
class K:
    attr: List[int]
    other: K.attr
print(K.__annotations__)
def g(x: 1 + 2, y: 'quoted') -> None: pass
print(g.__annotations__)
