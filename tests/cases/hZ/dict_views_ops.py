d = {"a": 1, "b": 2, "c": 3}
e2 = {"b": 20, "c": 30, "d": 40}
print(d.keys() & e2.keys() == {"b", "c"}, sorted(d.keys() | e2.keys()), sorted(d.keys() - e2.keys()), sorted(d.keys() ^ e2.keys()))
print(sorted(d.items() & {("a", 1), ("b", 3)}), d.keys() == {"a", "b", "c"}, d.keys() <= {"a", "b", "c", "z"})
print("a" in d.keys(), ("a", 1) in d.items(), 1 in d.values(), ("a", 2) in d.items())
print(d.keys().isdisjoint(["x"]), d.items().isdisjoint({("a", 2)}), len(d.values()))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(repr(d.keys()), repr(d.values()), repr(d.items()))
k = d.keys(); d["z"] = 26; print(list(k), k.mapping if hasattr(k, "mapping") else "")
try:
    d.values() & {1}
except TypeError as e:
    print(e)
print(d.values() == d.values(), {}.keys() == set(), dict.fromkeys("ab", 0))
print(d | e2, {**d, **e2} == (d | e2), dict(d, x=1))
d |= [("q", 9)]; print(d)
try:
    d | [("q", 1)]
except TypeError as e:
    print(e)
