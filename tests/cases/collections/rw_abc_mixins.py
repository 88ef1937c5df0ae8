# collections.abc: structural checks, registrations and the mixin methods
from collections import abc

class OnlyIter:
    def __iter__(self):
        return iter([1])

class NoHash:
    __hash__ = None

print(issubclass(OnlyIter, abc.Iterable), issubclass(OnlyIter, abc.Iterator), issubclass(OnlyIter, abc.Collection),
      issubclass(NoHash, abc.Hashable), issubclass(int, abc.Hashable), issubclass(list, abc.Hashable))
print([isinstance(x, abc.Iterator) for x in (iter([]), iter(()), iter(''), iter({}), iter(range(3)),
                                              iter(set()), zip(), reversed([]), iter(b''), [])])
print(isinstance(len, abc.Callable), isinstance(lambda: 0, abc.Callable), isinstance(3, abc.Callable),
      isinstance({}.keys(), abc.KeysView), isinstance({}.items(), abc.Set), isinstance({}.values(), abc.ValuesView),
      isinstance(type.__dict__, abc.Mapping), isinstance(frozenset(), abc.Set), isinstance(set(), abc.MutableSet),
      isinstance('', abc.Sequence), isinstance(b'', abc.ByteString), isinstance(bytearray(), abc.MutableSequence),
      isinstance(range(1), abc.Reversible), isinstance((x for x in ()), abc.Generator), isinstance([], abc.Hashable))
print(abc.Sequence.__module__, abc.Iterable[int], abc.Callable.__name__, sorted(abc.Set.__abstractmethods__),
      sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.MutableSequence.__abstractmethods__))

class LSet(abc.Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return 'LSet(%r)' % sorted(self.items)
    __hash__ = abc.Set._hash

a, b = LSet([1, 2, 3]), LSet([3, 4])
print(a & b, a | b, a - b, a ^ b, a & [3, 9], [3, 9] & a, {1, 9} - a, a - {1}, a ^ {1, 7}, {1, 7} ^ a)
print(a <= LSet([1, 2, 3, 4]), a < a, a >= LSet([1]), a > LSet([1]), a == LSet([3, 2, 1]), a == {1, 2, 3},
      a != b, a.isdisjoint([7]), a.isdisjoint(b), hash(a) == hash(LSet([3, 1, 2])))
try:
    a - 5
except TypeError as e:
    print('TypeError', e)

class MSet(LSet, abc.MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

m = MSet([1, 2, 3])
m |= [4]; m &= [1, 2, 4, 9]; m ^= [2, 8]; m -= [1]
print(m, m.pop(), m)
try:
    m.remove(99)
except KeyError as e:
    print('KeyError', e)
m.clear(); print(m)
try:
    m.pop()
except KeyError as e:
    print('KeyError', repr(e))
m.add(5); m ^= m; print(m)

class DMap(abc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

dm = DMap()
dm.update({'a': 1}, b=2); dm.update([('c', 3)])
class KeysOnly:
    def keys(self):
        return ['k']
    def __getitem__(self, k):
        return k.upper()
dm.update(KeysOnly())
print(sorted(dm.items()), list(dm.keys()), list(dm.values()), 'a' in dm, dm.get('zz', 0), dm.setdefault('a', 9),
      dm.setdefault('new', 7), dm.pop('new'), dm.pop('zz', 'dflt'), dm == {'a': 1, 'b': 2, 'c': 3, 'k': 'K'})
print(('a', 1) in dm.items(), ('a', 2) in dm.items(), 1 in dm.values(), 'b' in dm.keys(), len(dm.keys()),
      dm.keys() & {'a', 'q'}, dm.items() - {('a', 1)} == {('b', 2), ('c', 3), ('k', 'K')}, repr(dm.keys())[:9])
print(dm.popitem(), len(dm))
try:
    dm.pop('zz')
except KeyError as e:
    print('KeyError', e)
dm.clear(); print(len(dm))
try:
    dm.popitem()
except KeyError as e:
    print('KeyError', repr(e))
try:
    reversed(dm)
except TypeError as e:
    print('TypeError', e)

class Seq(abc.MutableSequence):
    def __init__(self, *xs):
        self.xs = list(xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __len__(self):
        return len(self.xs)
    def insert(self, i, v):
        self.xs.insert(i, v)

s = Seq(1, 2, 3, 2)
print(list(s), list(reversed(s)), 2 in s, s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
for args in ((9,), (1, 1), (3, 0, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print('ValueError', repr(e))
s.append(5); s.extend([6]); s.extend(s); s += [0]; s.reverse(); print(s.xs)
print(s.pop(), s.pop(0), s.xs); s.remove(2); print(s.xs); s.clear(); print(s.xs)

class Gen(abc.Generator):
    def __init__(self):
        self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

g = Gen()
print(list(g), g.close())
try:
    Gen().throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)
class Stubborn(Gen):
    def throw(self, *a):
        return 1
try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    abc.Sequence()
except TypeError as e:
    print('TypeError', e)
