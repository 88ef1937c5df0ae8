# defaultdict and OrderedDict.
from collections import defaultdict, OrderedDict


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, dd["a"], len(dd), "c" in dd, dd.get("c"), "c" in dd)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(int, [(1, 2)], b=3))
counts = defaultdict(int)
for w in "the cat the dog the end".split():
    counts[w] += 1
print(sorted(counts.items()), counts.default_factory)
s = defaultdict(set)
s[1].add(2)
print(s)
nd = defaultdict(lambda: "x")
print(nd[5], dict(nd))
t(lambda: defaultdict(None)[1])
t(defaultdict, 1)
t(defaultdict, "notcallable")
dd2 = dd.copy()
dd2["z"].append(0)
print(type(dd2).__name__, dd2.default_factory is list, sorted(dd2), sorted(dd))
print(dd == {"a": [1, 2], "b": []}, isinstance(dd, dict))
dd.default_factory = tuple
print(dd["new"], dd)
print(dd.__missing__("m"), dd["m"])
u = defaultdict(list, {1: [1]}) | {2: [2]}
print(u, type(u).__name__)
u = {0: [0]} | defaultdict(list, {1: [1]})
print(u, type(u).__name__)
u = defaultdict(list)
u |= {3: 4}
print(u)
print(defaultdict(list).__reduce__()[:2], defaultdict().__reduce__()[:2])
r = defaultdict(list)
r.default_factory = r
print(repr(r)[:40])


class MyDD(defaultdict):
    pass


print(MyDD(int, a=1), repr(MyDD()))

od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od.move_to_end("z")
print(od)
od.move_to_end("z", last=False)
print(od)
od.move_to_end("m", False)
print(od)
t(od.move_to_end, "zz")
print(od.popitem(), od.popitem(last=False), od)
t(OrderedDict().popitem)
t(OrderedDict().popitem, last=False)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1),
      OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) != OrderedDict(a=1))
print(OrderedDict([(1, 2), (3, 4)]), OrderedDict(), OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
t(OrderedDict, 1, 2)
t(OrderedDict, [1])
o = OrderedDict(a=1)
o["b"] = 2
o.update({"c": 3}, d=4)
o.update([("e", 5)])
print(o, o.pop("a"), o.pop("zz", "dflt"), o.setdefault("b", 9), o.setdefault("f", 6), o)
t(o.pop, "zz")
c = o.copy()
c["g"] = 7
print(type(c).__name__, len(c), len(o))
print(o | {"h": 8}, {"h": 8} | o)
o |= {"b": 20}
print(o)
rec = OrderedDict()
rec["self"] = rec
print(rec)
ks = o.keys()
print(len(ks), "b" in ks, ks & {"b", "x"}, ks == {"b", "c", "d", "e", "f"}, type(ks).__name__)
print(("b", 20) in o.items(), 20 in o.values())


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated(a=1, b=2)
lu["a"] = 3
lu.update(b=5)
print(lu, list(lu))
print(isinstance(od, dict), OrderedDict.__name__, OrderedDict.__module__)
print(OrderedDict(a=1).__reduce__()[:3])
