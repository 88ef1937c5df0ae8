d = {"a": 1, "b": 2}
print(d, d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))
for op in [lambda: d.pop("zz"), lambda: {}.popitem(), lambda: d["zz"], lambda: d[[1]], lambda: {[1]: 2}, lambda: d.get(), lambda: d.update(5), lambda: d.update([(1, 2, 3)]), lambda: d.update(["ab", "c"]), lambda: dict([1, 2]), lambda: dict(1), lambda: dict({}, {}), lambda: d.fromkeys(), lambda: d.setdefault()]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"k": 1}, k2=2), dict(zip("ab", range(2))), dict(["ab", "cd"]), dict({1: 2}.items()), dict(**{"q": 1}))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0), {}.fromkeys("x", 5))
class OD(dict):
    pass
print(type(OD.fromkeys("ab")).__name__, OD.fromkeys("ab"), OD(a=1) == {"a": 1}, repr(OD(x=[1])))
e = {1: "one", 2: "two"}
e.update({3: "three"}); e.update([(4, 4)]); e.update([(5, "five")]); e.update({6: 6}); print(e)
ks, vs, its = e.keys(), e.values(), e.items()
print(ks, vs, its, len(ks), 1 in ks, "one" in vs, (1, "one") in its, (1, "x") in its, [1] in its if False else "")
print(ks & {1, 2, 99}, ks | {99}, ks - {1}, ks ^ {1, 100}, {1, 2} & ks, ks == {1, 2, 3, 4, 5, "six"} if False else "", its & {(1, "one")}, its - {(1, "one"), (2, "two"), (3, "three"), (5, "five")})
print(e.keys() == {1, 2, 3, 4, 5, 6}, e.keys() <= {1, 2, 3, 4, 5, 6, 7}, e.keys().isdisjoint([100]), e.items() == e.items(), e.values() == e.values())
print(sorted(ks.__or__([0])), list(reversed(e)), list(reversed(e.values())), list(reversed(e.items()))[:2], reversed(e.keys()).__class__.__name__)
print({}.keys(), {}.values(), {}.items(), repr({}.keys()), str({1: {}}.items()), {"a": [1, {"b": ()}]})
x = {1: 1}
x[2] = x; print(x, repr(x.values()))
a1 = {"a": 1, "b": 2}; a2 = {"b": 3, "c": 4}
print(a1 | a2, a2 | a1, {**a1, **a2})
a1 |= a2; print(a1)
a1 |= [("z", 0)]; print(a1)
try:
    a1 | [("z", 0)]
except TypeError as e:
    print("TypeError", e)
print({1: 2} == {1: 2.0}, {1: 2} == {True: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {}, {1: 2} == [(1, 2)])
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError", e)
m = {1: 1, 2: 2}
try:
    for k in m:
        m[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in m:
        del m[k]
except RuntimeError as e:
    print("RuntimeError", e)
m2 = {1: 1}
for k in m2:
    m2[k] = 5
print(m2)
h = {1: "int", 1.0: "float", True: "bool"}; print(h, len(h))
h2 = {}; h2[-0.0] = "neg"; h2[0] = "zero"; print(h2)
e = {1: "one", 2: 2}
c = e.copy(); c.clear(); print(c, len(e), e.__len__(), e.__contains__(1), e.__getitem__(1), "x" in e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%r)" % self.v
kd = {K(1): "a", K(2): "b"}
print(kd[K(1)], K(3) in kd, kd, kd.get(K(2)))
class M(dict):
    def __missing__(self, key):
        return key * 2
mm = M(a="x")
print(mm["a"], mm["bc"], mm.get("bc"), "bc" in mm, mm)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[("t", 1)]
except KeyError as e:
    print("KeyError", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError", e)
it = iter({1: 2, 3: 4}.items()); print(next(it), type(it).__name__)
print(list(iter({"k": 1}.values())), dict.__name__, dict.get({5: 6}, 5), dict.__contains__({1: 2}, 1))
