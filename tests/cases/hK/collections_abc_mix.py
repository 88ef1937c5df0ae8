from collections import Counter, OrderedDict, deque, defaultdict, namedtuple, ChainMap
import collections.abc as cabc
print(Counter({'a': 'x', 'b': 1}) if False else '')
try: print(repr(Counter({'a': [1], 'b': 2})))
except Exception as e: print(type(e).__name__, e)
print(Counter(a=1.5, b=2) + Counter(a=0.5))
print(Counter('ab') == 'ab', Counter() == {}, Counter(a=0) == Counter())
c = Counter(a=1); c['b'] += 1; print(c, c.most_common())
print(Counter({'a': 2}) * 2 if hasattr(Counter, '__mul__') else 'nomul')
print(isinstance(Counter(), dict), Counter.__mro__)
print(OrderedDict.__mro__, defaultdict.__mro__, deque.__mro__)
print(issubclass(deque, cabc.MutableSequence), issubclass(OrderedDict, cabc.MutableMapping), isinstance(ChainMap(), cabc.MutableMapping))
print(issubclass(list, cabc.Reversible), isinstance(range(3), cabc.Sequence), isinstance({}.keys(), cabc.Set), isinstance(iter([]), cabc.Iterator))
print(isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.Hashable), issubclass(int, cabc.Hashable), issubclass(str, cabc.Collection))
class MyMap(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2}); print(m.get('a'), 'b' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2}, m.keys() & {"a"})
try: cabc.Mapping()
except TypeError as e: print(e)
class Seq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = Seq(); print(list(s), s.index(20), s.count(10), 20 in s, list(reversed(s)))
try: s.index(5)
except ValueError as e: print('VE', e)
class MS(cabc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MS([1, 2, 3]); ms |= {4}; ms -= {1}; print(list(ms), list(ms & {2, 9}), ms.isdisjoint([7]), ms <= MS([2, 3, 4, 5]), ms.pop() in (2, 3, 4))
print(type(ms & {2}).__name__)
d = deque([1, 2, 3], maxlen=3); print(d.__reduce__() if False else '', repr(d), str(d))
nt = namedtuple('nt', 'a b')(1, [2]); print(nt.__repr__(), nt._asdict(), type(nt._asdict()).__name__, nt.__class__.__name__, nt._fields)
print(namedtuple('T', 'a,b, c')._fields, namedtuple('T', ['x'], module='mymod').__module__)
P = namedtuple('P', 'x y'); print(P.x.__doc__, P.__new__.__doc__ if False else '', P(1, 2) == P(1, 2), P(1, 2) != (1, 3), P(*'ab'), P(**{'x': 1, 'y': 2}))
print(P.__doc__, P.__repr__(P(1, 2)), getattr(P, '_source', 'nosrc'))
cm = ChainMap({'a': 1}); print(repr(cm), cm.new_child(), cm.new_child(m={'b': 2}), bool(ChainMap()), bool(ChainMap({}, {'x': 1})))
cm2 = ChainMap({}, {'x': 1}); print(cm2.pop('x', 'dd'), cm2.copy(), type(cm2.copy()).__name__, cm2 | {'z': 1}, {'w': 0} | cm2)
try: cm2.popitem()
except KeyError as e: print(e)
try: cm2.pop('x')
except KeyError as e: print(e)
print(list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 4})), ChainMap.fromkeys('ab', 0))
