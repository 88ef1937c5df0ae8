from collections import UserDict, UserList, UserString, OrderedDict, Counter, defaultdict, deque, ChainMap, namedtuple
import collections.abc as cabc
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
d = LowerDict({"A": 1}); d["B"] = 2; d.update(C=3)
print(d, d.data, len(d), "a" in d, d.get("z", 0), repr(d), d == {"a": 1, "b": 2, "c": 3}, d | {"x": 1}, type(d | {}).__name__, d.copy(), type(d.copy()).__name__)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(9)
print(ul, ul + [1], [0] + ul, ul * 2, ul[1:], type(ul[1:]).__name__, ul.pop(), ul.index(2), ul.count(1), ul == [1, 2, 3], ul < [5], reversed(ul).__class__.__name__)
us = UserString("Hello")
print(us, us.upper(), us + "!", us[1:3], type(us[1:3]).__name__, us * 2, us.find("l"), "ell" in us, repr(us), len(us), us.split("l"), us == "Hello", us < "Z")
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.MutableSet), isinstance("", cabc.Iterable), isinstance(deque(), cabc.MutableSequence), isinstance(Counter(), cabc.MutableMapping), isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), issubclass(dict, cabc.Hashable), isinstance(b"", cabc.ByteString))
class MySeq(cabc.Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = MySeq(5)
print(list(s), s.index(9), s.count(4), 16 in s, list(reversed(s)), s[2])
class MyMap(cabc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(a=1, b=2)
print(dict(m), list(m.keys()), list(m.items()), m.get("c"), m == {"a": 1, "b": 2}, "a" in m, list(m.values()))
class MySet(cabc.Set):
    def __init__(self, it): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([7]), type(a & b).__name__)
try:
    class Incomplete(cabc.Mapping): pass
    Incomplete()
except TypeError as e:
    print(e)
c = Counter(a=2, b=3)
print(c.most_common(), Counter("bbaac").most_common(), Counter([1, 2, 2, 1, 3]).most_common(2), c["missing"], "missing" in c)
c2 = Counter(a=5, c=1)
print(c + c2, c - c2, c2 - c, c | c2, c & c2, c == Counter(b=3, a=2), Counter(a=1) == Counter(a=1, b=0))
print(Counter({"x": 3}).keys(), Counter.fromkeys if False else '', sorted(Counter("mississippi").items()))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
c3 = Counter(a=3); c3 -= Counter(a=5); print(c3, +Counter(a=-1), Counter(a=-2) | Counter(), -Counter(a=-1, b=1))
dd = defaultdict(lambda: defaultdict(int))
dd["x"]["y"] += 1
print({k: dict(v) for k, v in dd.items()}, dd.default_factory is not None, defaultdict(int, a=1) | {"b": 2}, type(defaultdict(int) | {}).__name__)
print(defaultdict(list).__missing__("q") if False else defaultdict(list, [(1, [2])]), dict(defaultdict(str)), defaultdict(int).copy().default_factory)
od = OrderedDict(a=1, b=2, c=3)
print(od | {"d": 4}, list(od.keys())[::-1], od.popitem(last=True), od.setdefault("z", 0), od, list(reversed(od.items())), list(reversed(od.values())))
print(repr(OrderedDict([(1, OrderedDict())])), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict.fromkeys("ab", 0))
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.extend([5, 6])
print(dq, dq[0], dq[-1], 5 in dq, dq.copy(), list(reversed(dq)), dq == deque([4, 5, 6]), dq * 0, len(deque(range(100), 10)))
dq.clear(); print(dq, bool(dq))
d2 = deque("abcde"); d2.rotate(7); print(d2); d2.rotate(-12); print(d2); del d2[1]; print(d2); d2[0] = "Z"; print(d2, d2.index("d", 1, 4))
try:
    d2.index("q")
except ValueError as e:
    print(e)
try:
    d2.remove("q")
except ValueError as e:
    print(e)
cm = ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4})
print(list(cm), list(cm.items()), cm.get("c"), "c" in cm, cm.new_child(), cm.parents.parents, len(cm), cm | {"z": 0}, ChainMap())
cm["c"] = 99; print(cm.maps[0], cm.pop("c"), cm.maps[0])
try:
    cm.pop("b")
except KeyError as e:
    print("KeyError", e)
try:
    ChainMap().popitem()
except KeyError as e:
    print(e)
Point3 = namedtuple("Point3", ["x", "y", "z"])
p = Point3(1, y=2, z=3)
print(p, p[0], p.x + p.z, *p, p == (1, 2, 3), hash(p) == hash((1, 2, 3)), p.count(1), p.index(3), p[::-1], type(p[::-1]).__name__, Point3.__name__, Point3._fields_defaults if hasattr(Point3, '_fields_defaults') else '')
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    Point3(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    Point3(1, 2, w=3)
except TypeError as e:
    print(e)
try:
    Point3._make([1, 2])
except TypeError as e:
    print(e)
class P2(Point3):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** .5
    def __str__(self): return f"<{self.x},{self.y},{self.z}>"
print(P2(1, 2, 2).norm, str(P2(1, 2, 2)), repr(P2(1, 2, 2)), P2._make([0, 0, 0]))
