import functools
from functools import reduce, partial, lru_cache, cached_property, singledispatch, total_ordering, wraps
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a + b, [])
except Exception as e:
    print(type(e).__name__, e)
try:
    reduce(1, [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, 5)
except Exception as e:
    print(type(e).__name__, e)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=10)
print(p(2), p.func is f, p.args, p.keywords)
print(repr(partial(int, base=2)))
print(repr(partial(max, 1, 2)))
pp = partial(p, 5)
print(pp(), pp.args, pp.keywords, pp.func is f)
try:
    partial()
except Exception as e:
    print(type(e).__name__, e)
try:
    partial(3)
except Exception as e:
    print(type(e).__name__, e)
@lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    sq(n)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.__wrapped__(4))
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info(), t.cache_parameters())
try:
    lru_cache(maxsize='x')
except Exception as e:
    print(type(e).__name__, e)
class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C()
print(c.val, c.val, c.n, 'val' in vars(c))
del c.val
print(c.val)
print(type(C.__dict__['val']).__name__, C.val.__class__.__name__)
@singledispatch
def show(x):
    return 'obj ' + repr(x)
@show.register
def _(x: int):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
@show.register(float)
@show.register(complex)
def _(x):
    return 'number ' + str(x)
print(show(1), show(True), show([1, 2]), show('s'), show(1.5), show(2j))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'V({self.v})'
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1), V(2)]))
try:
    @total_ordering
    class W:
        pass
except Exception as e:
    print(type(e).__name__, e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(name: str) -> str:
    """Say hello."""
    return 'hi ' + name
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__annotations__, hello.__qualname__)
print(functools.cmp_to_key(lambda a, b: b - a)(3) < functools.cmp_to_key(lambda a, b: b - a)(4))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Cell:
    def __init__(self):
        self.v = 0
    @functools.partialmethod
    def _set(self, v):
        self.v = v
    set_one = functools.partialmethod(_set.__get__ if False else (lambda self, v: setattr(self, 'v', v)), 1)
cc = Cell(); cc.set_one(); print(cc.v)
print(functools.update_wrapper(lambda: 0, hello).__name__)
print(functools.WRAPPER_ASSIGNMENTS)
