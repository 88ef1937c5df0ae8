from __future__ import annotations
def f(a: list[int], b: dict[str, 'X'] | None = None, *c: tuple[int, ...], d: Callable[[int, str], bool], **e: "quoted") -> Optional[List[int]]: pass
for k, v in f.__annotations__.items(): print(k, repr(v))
class C:
    a: 1 + 2 * 3
    b: (1 + 2) * 3
    c: -x ** 2
    d: (-x) ** 2
    e: not a and b or c
    f: a if b else c
    g: lambda x, *y, z=1, **k: x
    h: [i for i in range(3) if i]
    i: {k: v for k, v in x}
    j: {1, 2}
    k: (1,)
    l: ()
    m: x[1:2, ::3]
    n: x[...]
    o: f(*a, **k, key=1)
    p: 'str' "concat"
    q: b'bytes'
    r: 1.5e10
    s: 1j
    t: a.b.c
    u: await_ if False else 0
    v: x < y <= z != w is not q not in r
    w: ~x | y & z ^ q << 1 >> 2
    x: a // b % c @ d
    y: {**a, 'b': 1}
    z: [*a, *b]
    aa: f'{x!r:>{width}} and {y=}'
    cc: x[a:b]
    dd: x[()]
    ee: x[1,]
    ff: (a, b)[0]
    gg: 10 ** -2
    hh: -1
    ii: +1.0
    jj: 1e400
    kk: 'it\'s' 
    ll: "a\nb"
    mm: (x for x in y)
    nn: ...
    oo: None
    pp: True
    qq: 0xff
    rr: 1_000
    tt: a if (b if c else d) else e
    uu: (a, *b)
    vv: f(x for x in y)
    ww: 1 if 2 else (lambda: 3)
    xx: x[a, b:c]
    yy: "'"
    zz: '"'
for k, v in C.__annotations__.items(): print(k, repr(v))
