import functools
from functools import singledispatch, partial, reduce, lru_cache
from collections.abc import Sequence, Mapping
from typing import Union
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
chk('reduce kw', lambda: reduce(lambda a, b: a + b, [1, 2], initial=0))
chk('reduce none init', lambda: reduce(lambda a, b: b, [], None))
@singledispatch
def f(x):
    return 'default'
@f.register
def _(x: int | str):
    return 'int|str'
@f.register
def _(x: Sequence):
    return 'seq'
@f.register(Mapping)
def _(x):
    return 'map'
chk('sd union', lambda: (f(1), f('s'), f([1]), f((1,)), f({}), f(1.5), f(True)))
def bad_reg():
    @f.register
    def _(x):
        return 0
try:
    bad_reg()
except TypeError as e:
    print('sd reg no annot', str(e).split(' at ')[0], str(e).split('>')[-1])
def bad_reg2():
    @f.register
    def _(x: 'int'):
        return 0
chk('sd reg str annot', bad_reg2)
chk('sd reg non type', lambda: f.register(5))
chk('sd no args', lambda: f())
chk('sd kw only', lambda: f(x=1))
chk('sd dispatch', lambda: (f.dispatch(bool).__name__, f.dispatch(list) is f.dispatch(tuple)))
chk('sd registry keys', lambda: sorted(getattr(k, '__name__', str(k)) for k in f.registry))
p = partial(partial(max, 1), 2, key=abs)
chk('partial nested', lambda: (p.func, p.args, p.keywords, p(-5)))
chk('partial repr nested', lambda: repr(partial(partial(int, '10'), base=2)))
class Pt:
    def m(self, a, b=2): return (a, b)
chk('partial method', lambda: partial(Pt.m, Pt(), 1)())
chk('partial kw override', lambda: partial(int, base=2)('11', base=10))
chk('partial attrs', lambda: (partial(int).__dict__, hasattr(partial(int), '__name__')))
pp = partial(int); pp.attr = 1
chk('partial setattr', lambda: pp.attr)
chk('partial eq', lambda: partial(int) == partial(int))
chk('partial call err', lambda: partial(int, 'x', 'y', 'z')())
chk('partial repr class', lambda: repr(partial(type('K', (), {})))[:40].split(' at ')[0])
@lru_cache(maxsize=3)
def g(a, b=0, *, c=0):
    return a + b + c
g(1); g(1, b=0); g(1, 0); g(a=1); g(1, c=0)
chk('lru kw variants', lambda: g.cache_info())
@lru_cache
def boom(x):
    raise ValueError(x)
for _ in range(2):
    try: boom(1)
    except ValueError: pass
chk('lru exception not cached', lambda: boom.cache_info())
chk('lru unhashable', lambda: g([1]))
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1)
chk('lru size 0', lambda: z.cache_info())
chk('lru wrapped attrs', lambda: (g.__name__, g.__wrapped__.__name__, type(g).__name__))
chk('lru neg size', lambda: lru_cache(maxsize=-1)(lambda: 1).cache_info())
chk('lru direct callable', lambda: lru_cache(len)('abc'))
chk('lru bad call', lambda: callable(lru_cache(1, 2)))
chk('wraps partial', lambda: functools.wraps(partial(int))(lambda: 0).__name__)
chk('update_wrapper missing', lambda: functools.update_wrapper(lambda: 0, partial(int)).__wrapped__.func)
chk('cmp_to_key', lambda: (sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))), type(functools.cmp_to_key(lambda a, b: 0)(1)).__name__))
chk('cmp_to_key hash', lambda: hash(functools.cmp_to_key(lambda a, b: 0)(1)))
chk('total_ordering', lambda: functools.total_ordering(type('T', (), {'__lt__': lambda s, o: True}))() <= 1)
chk('cached_property name', lambda: functools.cached_property(lambda self: 1).attrname)
class CP:
    @functools.cached_property
    def v(self):
        return 42
chk('cached_property class access', lambda: type(CP.v).__name__)
chk('cached_property set', lambda: (lambda o: (setattr(o, 'v', 5), o.v))(CP()))
chk('reduce sum strings', lambda: reduce(str.__add__, ['a', 'b', 'c']))
chk('reduce gen', lambda: reduce(lambda a, b: a * b, (i for i in range(1, 6))))
chk('singledispatchmethod classmethod', lambda: None)
class SD:
    @functools.singledispatchmethod
    @classmethod
    def make(cls, arg):
        return 'generic'
    @make.register
    @classmethod
    def _(cls, arg: int):
        return 'int'
chk('sdm classmethod', lambda: (SD.make(1), SD.make('x')))
