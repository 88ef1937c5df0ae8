def f(a, b, /, c, *, d, e=5): return (a, b, c, d, e)
def g(*args, **kw): return args, kw
def h(x, y=2, *rest, z, **kw): return x, y, rest, z, kw
class K:
    def m(self, a): return a
    @classmethod
    def c(cls, a, *, b): return a
tests = [
    lambda: f(1, 2, 3, d=4),
    lambda: f(1, 2, c=3, d=4),
    lambda: f(1, b=2, c=3, d=4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, 4, 5, d=1),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, d=4, x=1),
    lambda: f(1, 2, 3, d=4, c=1),
    lambda: g(1, a=2, **{"a": 3}),
    lambda: g(**{1: 2}),
    lambda: g(*5),
    lambda: g(**5),
    lambda: g(**{"a": 1}, a=2),
    lambda: h(1, 2, 3, 4),
    lambda: h(1, 2, 3, z=4, x=9),
    lambda: h(y=1, z=2),
    lambda: h(1, z=1, y=3, w=4),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.m(),
    lambda: K.c(),
    lambda: K.c(1, 2),
    lambda: K().c(1, b=2, c=3),
    lambda: (lambda: 1)(1),
    lambda: (lambda a, *, b: 1)(1, 2),
    lambda: (lambda *, a, b, c: 1)(),
    lambda: (lambda a, b, c, d: 1)(1),
    lambda: (lambda a, b, c, d: 1)(1, c=2),
    lambda: (lambda a=1, /, b=2: a)(a=5),
    lambda: (lambda a, /, **kw: (a, kw))(1, a=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: int("5", base=10, x=1),
    lambda: sorted([1], lambda x: x),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: dict(1, 2),
    lambda: print(sep=1),
    lambda: max(),
    lambda: max([]),
    lambda: min(1),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: isinstance(1, "int"),
    lambda: getattr(),
    lambda: range(),
    lambda: range(1, 2, 0),
    lambda: range(1.5),
    lambda: zip(1),
    lambda: enumerate(),
    lambda: object(1),
    lambda: K(1),
    lambda: int(x=1),
    lambda: str(1, 2, 3, 4),
    lambda: (1).__add__(),
    lambda: list.append([], 1, 2),
    lambda: str.upper(1),
    lambda: round(1.5, "x"),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
def defaults(a, L=[]):
    L.append(a); return L
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)
def kwd(a, *, b=2, c): return a, b, c
print(kwd.__kwdefaults__, kwd.__code__.co_kwonlyargcount, kwd.__code__.co_argcount)
kwd.__defaults__ = (9,)
print(kwd(c=1))
def fwd(*args, **kwargs): return f(*args, **kwargs)
print(fwd(1, 2, 3, d=4))
print(g(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(g(*"ab", *range(2)))
