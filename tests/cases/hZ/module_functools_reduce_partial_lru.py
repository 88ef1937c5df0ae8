from functools import reduce, partial, lru_cache, cache, cmp_to_key, total_ordering, wraps, singledispatch
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = partial(int, base=2); print(p("101"), p.func.__name__, p.args, p.keywords, repr(partial(max, 1)))
p2 = partial(p, "11"); print(p2(), partial(pow, 2)(5), partial(pow, exp=3)(2))
@lru_cache(maxsize=2)
def sq(x): print("compute", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
@lru_cache
def typed(x): return type(x).__name__
print(typed(1), typed(1.0))
