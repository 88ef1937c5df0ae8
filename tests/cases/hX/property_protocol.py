import functools, abc
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print('deleting'); del self._x
p = P(); p.x = 5; print(p.x, P.x.__doc__); del p.x
try: p.x
except AttributeError as e: print(e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
class MyProp(property):
    def __get__(self, obj, cls=None):
        r = super().__get__(obj, cls)
        return ('wrapped', r) if obj is not None else self
class Q:
    @MyProp
    def v(self): return 1
    @v.setter
    def v(self, val): print('set', val)
q = Q(); print(q.v, type(Q.v).__name__); q.v = 3
prop = property(lambda s: 1, doc='given doc')
print(prop.__doc__, property().__doc__, property(None, None, None, 'd').__doc__)
class C:
    @functools.cached_property
    def expensive(self):
        print('computing'); return 42
c = C(); print(c.expensive, c.expensive, c.__dict__)
del c.expensive
print(c.expensive)
try:
    class Bad:
        cp = functools.cached_property(lambda self: 1)
        cp2 = cp
except RuntimeError as e: print(e, '|', e.__cause__)
try:
    functools.cached_property(lambda s: 1).__get__(C())
except TypeError as e: print(e)
class Abs(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): pass
    @abc.abstractmethod
    def m(self): pass
try: Abs()
except TypeError as e: print(e)
class Impl(Abs):
    p = 1
    def m(self): pass
print(Impl().p, Abs.p.__isabstractmethod__, Impl.__abstractmethods__)
class Partial(Abs):
    def m(self): pass
try: Partial()
except TypeError as e: print(e)
print(property.__isabstractmethod__.__class__.__name__, property(abc.abstractmethod(lambda s: 0)).__isabstractmethod__)
p2 = property(lambda self: 'got')
print(p2.__get__(None, P) is p2, p2.__get__(P()), p2.getter(lambda s: 'new').__get__(P()))
try: p2.__set__(P(), 1)
except AttributeError as e: print(e)
try: p2.__delete__(P())
except AttributeError as e: print(e)
class N:
    n = property()
try: N().n
except AttributeError as e: print(e)
try: N().n = 1
except AttributeError as e: print(e)
