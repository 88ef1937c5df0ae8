d = dict(a=1, b=2)
print(d.get("z"), d.get("z", 0), d.setdefault("c", []), d, d.pop("a"), d.pop("zz", None), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
print(dict([("x", 1), ["y", 2]]), dict(zip("ab", "cd")), dict({"k": 1}, k=2), dict.fromkeys([1, 2]), dict.fromkeys("ab", []))
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {1: "int", 1.0: "float", True: "bool"}; print(d)
d = {}; d[(1, 2)] = "t"; d[frozenset()] = "f"; print(d[(1, 2)], d[frozenset()])
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    d[{}]
except TypeError as e:
    print(e)
class K(dict):
    def __missing__(self, key): return f"missing {key}"
k = K(a=1); print(k["a"], k["b"], k.get("b"), "b" in k, repr(k))
d = {"a": 1}; d.update({"b": 2}, c=3); d.update([("d", 4)]); print(d, len(d), list(d), d == {"d": 4, "c": 3, "b": 2, "a": 1})
print(sorted({3: 1, 1: 2}.items()), {k: v for k, v in [(1, 2), (1, 3)]}, {**{}, **{"a": 1}})
d = {"x": 1}; e = d.copy(); e["x"] = 2; print(d, e, d.clear(), d)
print(str({"a": [1, {"b": (2,)}]}), repr({1: {}}), {None: None}, {"é": "ü"})
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    {}.update([1])
except TypeError as e:
    print(e)
