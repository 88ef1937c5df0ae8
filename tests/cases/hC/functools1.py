import functools
from functools import reduce, partial, lru_cache, cached_property, total_ordering, singledispatch, wraps, cache
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 42))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p.func is f, p.args, p.keywords)
print(repr(partial(int, base=2)))
print(repr(partial(max, 1, 2)))
pp = partial(p, 5)
print(pp(), pp.args)
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
@lru_cache
def g(x): return x
g(1); g(1.0); print(g.cache_info())
@lru_cache(typed=True)
def h(x): return x
h(1); h(1.0); print(h.cache_info())
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, 'val' in c.__dict__)
del c.val
print(c.val)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), sorted([V(3), V(1)]))
try:
    @total_ordering
    class W: pass
except ValueError as e:
    print(e)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {len(x)}"
print(show(1), show("s"), show([1, 2]), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x):
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(type(functools.cmp_to_key(lambda a, b: b - a)).__name__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class M:
    @functools.partialmethod
    def x(self): pass
pm = functools.partialmethod(f, 1)
print(type(pm).__name__)
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(3)
except TypeError as e:
    print(e)
print(functools.reduce(operator_add := (lambda a, b: a + b), ["a", "b", "c"]))
