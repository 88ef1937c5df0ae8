import abc
from collections import abc as cabc
import collections
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class M(cabc.MutableMapping): pass
chk('mm', lambda: M())
class S(cabc.Sequence): pass
chk('seq', lambda: S())
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...
chk('one', lambda: One())
class Seq(cabc.Sequence):
    def __init__(self, *a): self._a = list(a)
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
s = Seq(1, 2, 3, 2)
chk('seq mix', lambda: (list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), s[1:], isinstance(s, cabc.Reversible)))
chk('seq idx err', lambda: s.index(9))
class MM(cabc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MM(); m.update(a=1, b=2); m.setdefault('c', 3)
chk('mm mix', lambda: (dict(m), m.get('z', 0), m.pop('a'), m.popitem(), list(m.keys()), list(m.items()), list(m.values()), 'c' in m, m == {'c': 3}))
chk('mm pop err', lambda: m.pop('zz'))
chk('mm views', lambda: (sorted(m.keys() | {'x'}), m.keys() & {'c'}, repr(m.keys())[:10]))
m.clear()
chk('mm popitem empty', lambda: m.popitem())
class St(cabc.Set):
    def __init__(self, it): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
chk('set mix', lambda: (list(St([1, 2]) | St([3])), list(St([1, 2]) & {2}), St([1]) <= St([1, 2]), St([1]) == St([1]), St([1]).isdisjoint([2]), list(St([1, 2]) - St([1])), list(St([1, 2]) ^ St([2, 3]))))
chk('set hash', lambda: St([1])._hash() == St([1])._hash())
chk('isinstance abcs', lambda: [isinstance(x, t) for x, t in [([], cabc.MutableSequence), ((), cabc.MutableSequence), ({}, cabc.Mapping), (set(), cabc.MutableSet), (frozenset(), cabc.Set), ('s', cabc.Sequence), (b'', cabc.ByteString), (iter([]), cabc.Iterator), ((x for x in []), cabc.Generator), (range(1), cabc.Sequence), ({}.keys(), cabc.KeysView), ({}.items(), cabc.Set), (len, cabc.Callable), (memoryview(b''), cabc.Sequence)]])
class Abs(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
    @staticmethod
    @abc.abstractmethod
    def sm(): ...
chk('abs kinds', lambda: (sorted(Abs.__abstractmethods__), Abs.p.__isabstractmethod__))
chk('abs inst', lambda: Abs())
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
chk('hook', lambda: (isinstance(Duck(), Hook), issubclass(int, Hook), issubclass(Duck, Hook)))
@Hook.register
class Reg: pass
chk('reg deco', lambda: (Reg.__name__, issubclass(Reg, Hook), Hook._abc_registry if hasattr(Hook, '_abc_registry') else 'n/a'))
chk('reg non-class', lambda: Hook.register(5))
class Late(abc.ABC):
    def x(self): pass
Late.x = abc.abstractmethod(Late.x)
chk('late before', lambda: type(Late()).__name__)
abc.update_abstractmethods(Late)
chk('late after', lambda: Late())
chk('abcmeta', lambda: (type(Late), abc.ABCMeta.__name__, abc.get_cache_token() is not None))
class Concrete(One):
    def only(self): return 'ok'
chk('concrete', lambda: (Concrete().only(), One.__abstractmethods__, Concrete.__abstractmethods__))
chk('super abstract call', lambda: One.only(Concrete()))
class NotABC:
    @abc.abstractmethod
    def f(self): pass
chk('not abc', lambda: type(NotABC()).__name__)
class It(cabc.Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
chk('iterator mix', lambda: (list(It()), iter(It()).__class__.__name__))
class Gen(cabc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
chk('gen mix', lambda: (list(Gen()), Gen().close()))
class Ua(collections.UserDict): pass
chk('userdict', lambda: (Ua(a=1), Ua(a=1) | {'b': 2}, Ua({'x': 1}).data, repr(collections.UserList([1])), collections.UserString('ab').upper(), collections.UserString('ab') + 'c'))
