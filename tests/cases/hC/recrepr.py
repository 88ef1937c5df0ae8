import collections, dataclasses, types, pprint, reprlib
l = [1]; l.append(l); print(l, str(l))
d = {"a": 1}; d["self"] = d; print(d)
dq = collections.deque([1]); dq.append(dq); print(dq)
od = collections.OrderedDict(a=1); od["me"] = od; print(od)
dd = collections.defaultdict(list); dd["x"] = dd; print(repr(dd)[:40] if False else dd["x"] is dd)
c = collections.Counter(a=1); print(c)
@dataclasses.dataclass
class N:
    v: int
    nxt: object = None
n = N(1); n.nxt = n; print(n)
m = N(2, [n]); print(m)
ns = types.SimpleNamespace(a=1); ns.me = ns; print(ns)
ud = collections.UserDict(a=1); ud["me"] = ud; print(ud)
ul = collections.UserList([1]); ul.append(ul); print(ul)
NT = collections.namedtuple("NT", "a b")
t = NT([], 2); t.a.append(t); print(t)
s = set(); print(s, frozenset(), {1: s})
cm = collections.ChainMap({}); cm.maps[0]["x"] = cm; print(cm)
a = [[]] * 3; a[0].append(1); print(a)
x = [1, 2]; y = [x, x]; print(y)
print(pprint.saferepr(d) == repr(d))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(l))
class R:
    @reprlib.recursive_repr()
    def __repr__(self): return f"R({self.items!r})"
r = R(); r.items = [r, 1]; print(r)
print(repr(collections.deque(range(3), maxlen=2)), repr(collections.deque(maxlen=5)), repr(collections.Counter({"b": 2, "a": 2, "c": 5})))
print(repr(collections.OrderedDict()), repr(collections.defaultdict(int)), repr(collections.ChainMap({1: 2}, {})), repr(NT(1, NT(2, 3))))
