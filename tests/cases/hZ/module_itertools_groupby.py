from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabb"); k1, g1 = next(groups); k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])), [k for k, _ in groupby(sorted("mississippi"))])
data = [{"t": "a", "v": 1}, {"t": "a", "v": 2}, {"t": "b", "v": 3}]
print({k: [d["v"] for d in g] for k, g in groupby(data, key=lambda d: d["t"])})
try:
    groupby(5)
except TypeError as e:
    print(e)
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
