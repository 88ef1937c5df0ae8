from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterable, Iterator, Sized, Container, Hashable, Callable, Collection, Reversible
class M(Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M(a=1, b=2)
print(m.get("a"), m.get("z", 0), "a" in m, "z" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m != {"a": 1}, type(m.keys()).__name__, len(m.items()), ("a", 1) in m.items())
try:
    hash(m)
except TypeError as e:
    print(e)
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Collection), isinstance(m, Reversible))
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
    def __repr__(self): return f"MM({self._d})"
mm = MM()
mm.update({"x": 1}, y=2); mm.setdefault("z", 3)
print(mm, mm.pop("x"), mm.popitem(), mm)
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(mm.pop("nope", "dflt"))
mm.clear(); print(mm, len(mm))
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", e)
class Sq(Sequence):
    def __init__(self, *a): self._a = a
    def __getitem__(self, i): return self._a[i]
    def __len__(self): return len(self._a)
s = Sq(1, 2, 3, 2)
print(list(s), list(reversed(s)), s.index(2), s.count(2), 3 in s, s[1:], s.index(2, 2))
try:
    s.index(9)
except ValueError as e:
    print("ValueError", e)
class MSq(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
    def __repr__(self): return f"MSq({self._l})"
ms = MSq()
ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); ms.remove(2)
print(ms, ms.pop(), ms.pop(0), ms)
class St(Set):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return f"St({self._s})"
a, b = St([1, 2, 3]), St([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, a < St([1, 2, 3, 5]), a == St([3, 2, 1]), a.isdisjoint(St([9])))
print(a & {2}, {2, 3} & a if False else "", a._hash() == St([3, 1, 2])._hash())
class Incomplete(Mapping):
    def __getitem__(self, k): return k
try:
    Incomplete()
except TypeError as e:
    print(e)
class FakeIt:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(FakeIt(), Iterator), isinstance(FakeIt(), Iterable), issubclass(FakeIt, Iterable))
class HasLen:
    def __len__(self): return 0
print(isinstance(HasLen(), Sized), isinstance(HasLen(), Collection), isinstance(len, Callable))
class NoneIter:
    __iter__ = None
print(isinstance(NoneIter(), Iterable), issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(set, Reversible))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(1, Container))
