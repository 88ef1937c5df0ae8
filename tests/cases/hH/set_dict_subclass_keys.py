class S(str):
    def __eq__(self, o):
        print("S.eq", str.__repr__(self), repr(o))
        return str.__eq__(self, o)
    __hash__ = str.__hash__
s = {S("k")}
print("k" in s, S("k") in {"k"}, {"k"} == {S("k")})
s.add("k"); print(len(s)); s.discard("k"); print(len(s))
fs = frozenset([S("a")]); print("a" in fs)
d = {S("x"): 1}
d["x"] = 2; print(d, len(d))
print(d.pop("x", None), d)
d[S("y")] = 1; del d["y"]; print(d)
d[S("z")] = 1; print(d.setdefault("z", 5), "z" in d.keys(), ("z", 1) in d.items())
g = {}
exec("x = 1", g)
class I(int):
    def __eq__(self, o):
        print("I.eq", int(self), o)
        return int.__eq__(self, o)
    __hash__ = int.__hash__
print(5 in {I(5)}, I(5) in {5}, {I(5): 1}.get(5), {5: 1}.get(I(5)))
