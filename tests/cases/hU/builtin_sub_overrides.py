class D(dict):
    def __getitem__(self, k):
        return ("D", k)
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(["fake"])
    def __contains__(self, k):
        return True
    def keys(self):
        return ["kk"]
d = D(a=1)
print(d["a"], d.get("a"), len(d), list(d), "zz" in d, dict(d), {**d}, d.items(), d.copy())
print(sorted(d.values()), str(d), repr(d), d == {"a": 1}, dict.__len__(d))
def f(**kw): return kw
print(f(**d))
class L(list):
    def __iter__(self):
        return iter(["it"])
    def __len__(self):
        return 9
    def __getitem__(self, i):
        return "gi"
l = L([1, 2])
print(list(l), tuple(l), len(l), l[0], sorted(l), [*l], str(l), l + [3], l * 2, max(l) if False else "", sum(l) if False else "")
a, b = L([1, 2]) if False else (1, 2)
print(set(l), " ".join(map(str, l)), any(l), l == [1, 2], list.__len__(l))
for x in l:
    print("loop", x)
class S(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
    def __len__(self):
        return 0
    def __str__(self):
        return "S!"
    def upper(self):
        return "UP"
s = S("abc")
print(s == "zzz", s, str(s), len(s), s.upper(), s + "d", s.lower(), "%s" % s, f"{s}", repr(s), s[0], s * 2)
print({s: 1}.get("abc"), "abc" in {s}, s in ["q"], bool(s), s.join(["x", "y"]), "x".join([s]))
class I(int):
    def __add__(self, o):
        return "I+"
    def __bool__(self):
        return False
    def __index__(self):
        return 99
i = I(5)
print(i + 1, 1 + i, sum([i, 1]), i - 1, bool(i), [0] * 3 if False else "", hex(i), "abcdefgh"[I(2)], range(i), int(i), float(i), i == 5)
class T(tuple):
    def __getitem__(self, k):
        return "T"
    def __len__(self):
        return 0
t = T((1, 2))
x, y = t
print(x, y, t[0], len(t), list(t), t == (1, 2), hash(t) == hash((1, 2)), bool(t), str(t))
class Fz(frozenset):
    def __contains__(self, k):
        return False
fz = Fz({1})
print(1 in fz, fz == {1}, fz | {2}, type(fz | {2}).__name__, len(fz))
