class A:
    def m(self, x, /, y, *, z): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a, b=1): pass
    class Inner:
        def deep(self, q): pass
def f(a, b, /, c, *args, d, e=1, **kw): pass
def g(a, b=2): pass
def h(*, k): pass
def lam(): return lambda p: p
def outer():
    def inner(a): pass
    return inner
calls = [
    lambda: A().m(), lambda: A().m(1), lambda: A().m(1, 2), lambda: A().m(1, 2, 3, z=1), lambda: A().m(x=1, y=2, z=3),
    lambda: A().m(1, y=2, z=3, w=4), lambda: A.m(1, 2, z=3), lambda: A.c(), lambda: A.c(1, 2), lambda: A.s(),
    lambda: A.s(1, 2, 3), lambda: A.Inner().deep(), lambda: f(), lambda: f(1, 2), lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, d=4, a=5), lambda: g(), lambda: g(1, 2, 3), lambda: g(1, a=1),
    lambda: g(1, c=3), lambda: g(1, **{"b": 2, "c": 3}), lambda: h(1), lambda: h(), lambda: h(k=1, j=2),
    lambda: lam()(), lambda: outer()(), lambda: outer()(1, 2), lambda: g(*[1, 2, 3]), lambda: g(**{1: 2}),
    lambda: f(1, 2, 3, **{"d": 1}, **{"d": 2}), lambda: int(x=1), lambda: len(), lambda: len([], []),
    lambda: sorted([], key=1, reverse=2, extra=3), lambda: dict(1, 2), lambda: print(sep=1),
    lambda: A()(), lambda: (lambda *, a: 0)(1), lambda: (lambda a, *, b, c: 0)(1), lambda: g(1, 2, b=3),
]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
