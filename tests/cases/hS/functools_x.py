import functools
from functools import wraps, partial, reduce, lru_cache, cached_property, singledispatch, total_ordering

def deco(prefix):
    def wrap(fn):
        @wraps(fn)
        def inner(*a, **k):
            return f"{prefix}:{fn(*a, **k)}"
        inner.extra = 1
        return inner
    return wrap

@deco("P")
def hello(name: str) -> str:
    """Say hello."""
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__)
print(hello.__qualname__, hello.__module__)

def plain(): pass
plain.attr = {"a": 1}
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.attr, w.__wrapped__ is plain)

p = partial(int, base=2)
print(p("101"), p("11", base=3), p.func, p.args, p.keywords)
p2 = partial(partial(max, 1), 5)
print(p2(3), p2.args, p2.func)
print(repr(partial(max, 1, key=abs)))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(1)
except TypeError as e:
    print(e)

print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a + [b], "abc", []))

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize, t.cache_parameters())
try:
    sq([1])
except TypeError as e:
    print(e)

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))
d = Data(5)
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__)

@singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
@show.register(float)
@show.register(complex)
def _(x):
    return f"num {x}"
print(show(1), show(True), show("s"), show([1, 2]), show(1.5), show(1j))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1), V(2)]))
try:
    @total_ordering
    class N: pass
except ValueError as e:
    print(e)

print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

class M:
    @functools.partialmethod
    def noop(self): pass
    def set(self, k, v): return (k, v)
    set_a = functools.partialmethod(set, "a")
print(M().set_a(5))
