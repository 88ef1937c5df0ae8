import functools, collections.abc as cabc
from functools import singledispatch, total_ordering, cached_property, lru_cache, partial, wraps, update_wrapper
@singledispatch
def f(x): return 'obj'
@f.register(cabc.Sequence)
def _(x): return 'seq'
@f.register(cabc.Mapping)
def _(x): return 'map'
@f.register(int)
def _(x): return 'int'
@f.register(cabc.Iterable)
def _(x): return 'iterable'
print(f([1]), f((1,)), f('s'), f({}), f(collections_od := __import__('collections').OrderedDict()), f(True), f({1}), f(iter([])), f(1.5), f(range(3)))
print(f.dispatch(list).__name__, f.dispatch(float) is f.registry[object], len(f.registry))
class A: pass
class B(A): pass
class C(B): pass
@singledispatch
def g(x): return 'base'
g.register(A, lambda x: 'A')
print(g(C()), g(B()), g(A()), g(1))
g.register(B, lambda x: 'B'); print(g(C()), g.dispatch(C)(None))
try: g.register(5)
except TypeError as e: print(e)
try:
    @g.register
    def _(x: list[int]): pass
except TypeError as e: print(e)
class Acc:
    @functools.singledispatchmethod
    def add(self, x): raise NotImplementedError(type(x).__name__)
    @add.register
    def _(self, x: int): return x + 1
    @add.register
    def _(self, x: str): return x + '!'
    @functools.singledispatchmethod
    @classmethod
    def cm(cls, x): return 'cm base'
    @cm.register
    @classmethod
    def _(cls, x: int): return 'cm int ' + cls.__name__
print(Acc().add(1), Acc().add('a'), Acc.cm(1), Acc.cm('x'))
try: Acc().add(1.5)
except NotImplementedError as e: print('NIE', e)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if not isinstance(o, G): return NotImplemented
        return self.v > o.v
    def __eq__(self, o): return isinstance(o, G) and self.v == o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3), sorted([G(3), G(1)], key=lambda g: g).__len__())
try: G(1) < 5
except TypeError as e: print(e)
try: G(1) <= 'a'
except TypeError as e: print(e)
class S:
    __slots__ = ('x',)
    @cached_property
    def val(self): return 1
try: S().val
except TypeError as e: print(e)
class T:
    @cached_property
    def v(self): return 5
try:
    cp = cached_property(lambda s: 1)
    class U:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e: print(type(e).__name__, e)
print(T.__dict__['v'].__class__.__name__, T().v)
try: cached_property(lambda s: 1).__get__(T())
except TypeError as e: print(e)
class M:
    def __init__(self): self.calls = 0
    @lru_cache(maxsize=None)
    def sq(self, x): self.calls += 1; return x * x
m = M(); print(m.sq(3), m.sq(3), m.calls, M.sq.cache_info())
def base(a, b=2): 'doc'; return a + b
p = partial(base, b=10); print(p(1), p(1, b=1), p.func.__name__, repr(p.keywords))
w = update_wrapper(lambda *a: 0, base); print(w.__name__, w.__doc__, w.__wrapped__ is base)
def nodoc(): pass
nodoc.__dict__['extra'] = 1
@wraps(nodoc)
def wrapped(): pass
print(wrapped.__doc__, wrapped.extra, wrapped.__name__)
class Obj: pass
o = Obj()
try: wraps(o)(lambda: 0)
except AttributeError as e: print('AE', e)
print(wraps(o)(lambda: 0).__wrapped__ is o)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]), functools.reduce(lambda a, b: a, [], None))
