# dict: order, methods, views, operators, errors
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 5
print(d)
show(lambda: d["zz"])
show(lambda: d[(1, 2)])
show(lambda: d[[1]])
show(lambda: {}[1.5])
show(lambda: {}[None])
show(lambda: {}[""])
show(lambda: {}[()])
show(lambda: {}[frozenset()])
def deld():
    del d["nope"]
show(deld)
show(lambda: d.get("b"))
show(lambda: d.get("x"))
show(lambda: d.get("x", 0))
show(lambda: d.get())
show(lambda: d.get(1, 2, 3))
show(lambda: d.get(x=1))
show(lambda: d.setdefault("b", 99))
show(lambda: d.setdefault("n"))
show(lambda: d.setdefault("m", []))
show(lambda: d.setdefault())
print(d)
show(lambda: d.pop("n"))
show(lambda: d.pop("n"))
show(lambda: d.pop("n", "dflt"))
show(lambda: d.pop())
e = {1: "a", 2: "b", 3: "c"}
show(lambda: e.popitem())
show(lambda: e.popitem())
e[9] = "z"
show(lambda: e.popitem())
show(lambda: e.popitem())
show(lambda: e.popitem())
show(lambda: e.popitem(1))
show(lambda: {1: 2}.keys(1))
f = {}
f.update({1: 2})
f.update([(3, 4)], five=5)
f.update(((6, 7),))
f.update(x=1)
print(f)
show(lambda: f.update(5))
show(lambda: f.update([1]))
show(lambda: f.update([(1, 2, 3)]))
show(lambda: f.update(["ab"]))
show(lambda: f.update({}, {}))
class M:
    def keys(self): return ["k1", "k2"]
    def __getitem__(self, k): return k.upper()
f.update(M())
print(f)
show(lambda: dict(M()))
show(lambda: dict([(1, 2), [3, 4]], z=0))
show(lambda: dict(a=1, b=2))
show(lambda: dict({1: 2}, **{"x": 3}))
show(lambda: dict(1, 2))
show(lambda: dict(5))
show(lambda: dict.fromkeys("abc"))
show(lambda: dict.fromkeys([1, 2], 0))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(5))
class DD(dict):
    def __missing__(self, k): return k * 2
dd = DD(a=1)
show(lambda: dd["x"])
show(lambda: dd.get("x"))
show(lambda: type(DD.fromkeys([1])).__name__)
show(lambda: DD.fromkeys([1], 3))
show(lambda: {1: 2}.copy())
show(lambda: type(dd.copy()).__name__)
c = {1: 1}
c.clear()
print(c)

# equality, ordering of keys 1 / 1.0 / True
g = {1: "int"}
g[1.0] = "float"
g[True] = "bool"
print(g)
h = {True: "b", 1: "i", 1.0: "f"}
print(h)
print({0: 0, False: 1, 0.0: 2, -0.0: 3})
print({2**64: 1, 2.0**64: 2})
print({(1, 2): 1, (1.0, 2.0): 2})
nan = float("nan")
print({nan: 1, nan: 2})
show(lambda: {1: 2} == {1.0: 2})
show(lambda: {1: 2} == {1: 2.0, 3: 4})
show(lambda: {1: [nan]} == {1: [nan]})
show(lambda: {1: 2} < {1: 3})
show(lambda: {1: 2} != {1: 3})

# | and |=
show(lambda: {1: 1, 2: 2} | {2: "two", 3: 3})
show(lambda: {1: 1} | [(2, 2)])
show(lambda: [(2, 2)] | {1: 1})
u = {1: 1}
u |= {2: 2}
u |= [(3, 3)]
print(u)
def ior_bad():
    v = {}
    v |= 5
show(ior_bad)
show(lambda: type(DD(a=1) | {"b": 2}).__name__)

# views
v = {"a": 1, "b": 2, "c": 3}
k, vals, it = v.keys(), v.values(), v.items()
print(k, vals, it)
print(len(k), "a" in k, 1 in vals, ("a", 1) in it, ("a", 2) in it, ["a", 1] in it)
show(lambda: sorted(k & {"a", "z"}))
show(lambda: sorted(k | {"z"}))
show(lambda: sorted(k - {"a"}))
show(lambda: sorted(k ^ {"a", "z"}))
show(lambda: sorted({"a", "z"} & k))
show(lambda: sorted({"a", "z"} - k))
show(lambda: sorted(["a", "q"] & k))
show(lambda: sorted(k & ["a", "q"]))
show(lambda: sorted(it & {("a", 1)}))
show(lambda: sorted(it | {("z", 0)}))
show(lambda: vals & {1})
show(lambda: k == {"a", "b", "c"})
show(lambda: k == ["a", "b", "c"])
show(lambda: k <= {"a", "b", "c", "d"})
show(lambda: k < {"a", "b", "c"})
show(lambda: k > {"a"})
show(lambda: it == {("a", 1), ("b", 2), ("c", 3)})
show(lambda: vals == vals)
show(lambda: k.isdisjoint({"x"}))
show(lambda: k.isdisjoint(["a"]))
show(lambda: it.isdisjoint([("a", 1)]))
show(lambda: list(reversed(k)))
show(lambda: list(reversed(vals)))
show(lambda: list(reversed(it)))
show(lambda: list(reversed(v)))
show(lambda: k.mapping)
show(lambda: sorted(k))
show(lambda: hash(k))
show(lambda: k & 5)
show(lambda: k | 5)
show(lambda: {}.keys() | 5)
v["d"] = 4
print(k, vals, it)
r = {}
r["self"] = r
print(r)
print({1: {2: {}}})
print({"k": [1, (2, {3: 4})]})
rv = {1: 2}
rv[2] = rv.values()
print(rv)

# changed size during iteration
m = {1: 1, 2: 2}
def mutate():
    for key in m:
        m[key + 10] = 0
show(mutate)
m2 = {1: 1, 2: 2}
def mutate2():
    for key in m2:
        del m2[key]
show(mutate2)
m3 = {1: 1, 2: 2}
def mutate3():
    out = []
    for key in m3:
        m3[key] = 5
        out.append(key)
    return out
show(mutate3)
m4 = {1: 1, 2: 2}
def mutate4():
    for key in m4.values():
        m4.pop(1)
show(mutate4)
m5 = {1: 1}
def mutate5():
    for kv in m5.items():
        m5.clear()
show(mutate5)
m6 = {i: i for i in range(5)}
def mutate6():
    for key in m6:
        del m6[key]
        m6[key + 100] = 1
show(mutate6)
print(m6)
show(lambda: {i: i * i for i in range(5)})
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-3:])
print(sum(big.values()))
bigi = {i * 7 % 1009: i for i in range(1009)}
print(list(bigi.items())[:5])
