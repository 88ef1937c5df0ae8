import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cached_property, singledispatch
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10))
for bad in [lambda: reduce(lambda a, b: a, []), lambda: reduce(1, [1, 2]), lambda: reduce(lambda a, b: a, 5), lambda: reduce()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=5); print(p(2), p.func is f, p.args, p.keywords)
pp = partial(p, 2, c=9); print(pp(), pp.args, pp.keywords, pp.func is f)
print(repr(partial(max, 1, key=abs)).replace(hex(id(max)), 'X'))
class C:
    def m(self, x): return x
print(repr(partial(C.m, 1))[:30])
try: partial()
except TypeError as e: print(str(e)[:40])
try: partial(1)
except TypeError as e: print(str(e)[:40])
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.__wrapped__(5), sq.cache_parameters())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def g(*a, **k): return (a, k)
print(g(1, x=2), g(1, x=2), g.cache_info())
try: g([1])
except TypeError as e: print(str(e)[:40])
try: lru_cache(maxsize='x')
except TypeError as e: print(str(e)[:40])
def deco(fn):
    @wraps(fn)
    def inner(*a, **k): return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__annotations__, documented.__wrapped__.__name__, documented.__module__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
class Data:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1; return self.n * 10
d = Data(); print(d.val, d.val, d.n, 'val' in d.__dict__); del d.val; print(d.val)
print(Data.val.__class__.__name__, Data.val.attrname)
@singledispatch
def show(x): return 'object ' + repr(x)
@show.register
def _(x: int): return 'int ' + str(x)
@show.register(list)
def _(x): return 'list of ' + str(len(x))
@show.register
def _(x: float | str): return 'float|str ' + repr(x)
print(show(1), show(True), show([1, 2]), show(2.5), show('s'), show(None), show((1,)))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
try:
    @show.register
    def _(x): return 1
except TypeError as e: print(str(e)[:40])
class A:
    @functools.singledispatchmethod
    def h(self, x): return 'base'
    @h.register
    def _(self, x: int): return 'int'
print(A().h(1), A().h('a'))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
pm = functools.partialmethod(f, 1)
class B:
    meth = functools.partialmethod(lambda self, a, b: (a, b), 'A')
print(B().meth('b'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
