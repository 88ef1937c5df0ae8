d = {"b": 1, "a": 2}
d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d.popitem(), d, d.setdefault("x", []), d.setdefault("x", [1]), d)
try: d.pop("nope")
except KeyError as e: print("KeyError", e)
try: {}.popitem()
except KeyError as e: print("KeyError", e)
try: d[["list"]]
except TypeError as e: print("TypeError", e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("xy", (1, 2))), dict([("k", "v")], extra=1), dict({"a": 1}, a=2))
a = {"x": 1, "y": 2}; b = {"y": 3, "z": 4}
print(a | b, b | a, {**a, **b}); a |= b; print(a)
try: a | [("q", 1)]
except TypeError as e: print("TypeError", e)
a |= [("q", 1)]; print(a)
print({1: "a"} == {1.0: "a"}, {1: 2} == {1: 2.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
ks = {"a": 1, "b": 2}.keys()
print(ks & {"a", "c"}, ks | {"z"} == {"a", "b", "z"}, ks - {"a"}, ks ^ {"a", "q"} == {"b", "q"}, "a" in ks, ks == {"a", "b"}, ks.isdisjoint({"x"}))
print({"a": 1}.items() & {("a", 1)}, ({"a": 1}.items() | {("b", 2)}) == {("a", 1), ("b", 2)}, ("a", 1) in {"a": 1}.items())
it = iter(d := {1: 1, 2: 2})
next(it)
d[3] = 3
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
dd = {1: 1}
for k in list(dd): dd[k + 1] = 0
print(dd)
try:
    for k in dd: del dd[k]
except RuntimeError as e: print("RuntimeError", e)
s = {3, 1, 2}
print(s, {1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1}.issubset([1, 2]), {1, 2}.issuperset((1,)))
s.add(4); s.discard(10); s.remove(1); print(s, s.pop() in {2, 3, 4}, len(s))
try: s.remove(99)
except KeyError as e: print("KeyError", e)
try: set().pop()
except KeyError as e: print("KeyError", e)
try: {1} | [2]
except TypeError as e: print("TypeError", e)
print({1}.union([2], (3,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2}.difference([1]), {1, 2}.symmetric_difference([2, 3]))
fs = frozenset([1, 2]); print(fs, fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, hash(fs) == hash(frozenset([2, 1])), {fs: "frozen key"}[frozenset([1, 2])])
print(set(), frozenset(), {()}, set("aab") == {"a", "b"}, {1, 1.0, True}, {0, False, 0.0})
x = {1, 2}; y = x; x |= {3}; print(y, x is y); x &= {1, 3}; print(y); x -= {1}; print(y); x ^= {5}; print(sorted(y))
print(sorted({-1, 5, 3}), max({1, 9}), sum({1, 2}), 2 in {1, 2}, [1] in [[1]], {1: 2}.get(1), {(1, 2): "t"}[1, 2])
try: {[1]}
except TypeError as e: print("TypeError", e)
try: {1} < [1]
except TypeError as e: print("TypeError", e)
print({1, 2} == frozenset({1, 2}), {1} != {2}, set([1]) == [1])
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
print({K(1), K(1), K(2)} == {K(2), K(1)}, {K(1): "a"}[K(1)], K(1) in {K(1)})
from collections import OrderedDict, Counter, defaultdict, ChainMap
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False), od == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
c = Counter("abracadabra"); print(c.most_common(2), c["z"], c + Counter("aa"), c - Counter("abr"), sorted(c.elements())[:4], Counter(a=2) & Counter(a=1, b=1), +Counter(a=-1))
dl = defaultdict(list); dl["x"].append(1); print(dl, dl.default_factory, defaultdict(int)["q"], dict(dl))
try: defaultdict(None)["k"]
except KeyError as e: print("KeyError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.maps, cm.new_child({"c": 4})["c"], dict(cm) == {"a": 1, "b": 3})
