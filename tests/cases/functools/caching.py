# lru_cache, cache, cached_property.
import functools
from functools import lru_cache, cache, cached_property


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), sq(4), calls)
print(sq.cache_info(), sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__, sq.__qualname__)
sq.cache_clear()
print(sq.cache_info())
print(type(sq).__name__, type(sq), callable(sq))


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info(), fib.cache_parameters())


@lru_cache
def plain(a, b=1, *, c=2):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(plain(1), plain(1), plain(1, 1), plain(1, b=1), plain(a=1), plain(1, c=2), plain(1, 2, c=3), plain(1, 2, c=3))
print(calls, plain.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)


@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(-5)
def neg(x):
    return x


print(neg(1), neg.cache_info())
t(lru_cache, "a")
t(lru_cache(), 5)
t(plain, [1])
t(plain)


@lru_cache(maxsize=3)
def lru(x):
    calls.append(x)
    return x


calls.clear()
for i in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    lru(i)
print(calls, lru.cache_info())


class C:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=None)
    def m(self, x):
        return self.v + x

    @cached_property
    def expensive(self):
        calls.append("expensive")
        return self.v * 100

    @functools.cached_property
    def other(self):
        "doc of other"
        return [self.v]


c = C(1)
calls.clear()
print(c.m(1), c.m(1), C(2).m(1), C.m.cache_info().hits, c.expensive, c.expensive, calls, c.__dict__)
c.expensive = 5
print(c.expensive)
del c.expensive
print(c.expensive, calls, C.other.__doc__, type(C.expensive).__name__, C.expensive.attrname)
print(c.other is c.other)


class Slotted:
    __slots__ = ("v",)

    @cached_property
    def p(self):
        return 1


t(lambda: Slotted().p)
cp = cached_property(lambda self: 1)
t(cp.__get__, C(1), C)


def twice():
    class X:
        a = cp
        b = cp


t(twice)


def wrapper_attrs():
    @lru_cache
    def documented(x):
        "Docs here."
        return x
    documented.extra = 1
    return documented.__doc__, documented.__module__, documented.extra, sorted(documented.__dict__)


print(wrapper_attrs())
# A recursive cached function that re-enters the cache.
@lru_cache(maxsize=4)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


print(ways(30), ways.cache_info())
print(sq.__get__(None, int) is sq)
