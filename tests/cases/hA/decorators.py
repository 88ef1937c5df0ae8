import functools
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        return wrapper
    return deco
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"call {fn.__name__}{a}{k if k else ''}")
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@trace
@repeat(2)
def greet(name, punct="!"):
    "Greets."
    return f"hi {name}{punct}"
print(greet("bob"), greet("al", punct="?"))
print(greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)
print(greet.__wrapped__.__wrapped__("x"))
def register(cls):
    cls.registered = True
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class Item:
    def __init__(self, name, qty=1):
        self.name = name; self.qty = qty
print(Item("apple", 3), Item.registered)
class cached:
    def __init__(self, fn):
        self.fn = fn; self.cache = {}
        functools.update_wrapper(self, fn)
    def __call__(self, *a):
        if a not in self.cache:
            self.cache[a] = self.fn(*a)
        return self.cache[a]
@cached
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), fib.__name__)
@functools.lru_cache(maxsize=None)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact.cache_info())
fact.cache_clear(); print(fact.cache_info())
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 2]: sq(v)
print(sq.cache_info())
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting"); self._c = None
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def make(cls, v):
        t = cls(); t.c = v; return t
    @functools.cached_property
    def expensive(self):
        print("computing")
        return 42
t = Temp.make(10)
print(t.c, Temp.s(1), t.s(2))
try:
    t.c = -300
except ValueError as e:
    print(e)
del t.c; print(t.c)
print(t.expensive, t.expensive, "expensive" in vars(t))
print(type(Temp.__dict__["s"]).__name__, type(Temp.__dict__["make"]).__name__, type(Temp.__dict__["c"]).__name__)
print(Temp.c.fget.__name__, Temp.make.__self__ is Temp)
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
p = functools.partial(int, base=2)
print(p("101"), p.func.__name__ if hasattr(p.func, "__name__") else p.func, p.keywords, repr(functools.partial(max, 1, key=abs))[:30])
def deco_with_optional(fn=None, *, tag="x"):
    if fn is None:
        return lambda f: deco_with_optional(f, tag=tag)
    fn.tag = tag
    return fn
@deco_with_optional
def a(): pass
@deco_with_optional(tag="y")
def b(): pass
print(a.tag, b.tag)
@(lambda f: f())
def immediately():
    return "ran"
print(immediately)
decos = [trace]
@decos[0]
def viaindex(): return 1
print(viaindex())
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
