from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9", "1.2")]
print(sorted(vs), max(vs), min(vs), Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"))
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.0"), Version("1.0") <= Version("0.5"), len(set(vs)))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print(e)
print(Version("1.0") == "1.0", Version("1.0") != 1)
class Rich:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt called"); return self.v < o.v
    def __gt__(self, o): print("gt called"); return self.v > o.v
print(Rich(1) < Rich(2), Rich(1) > Rich(2))
try:
    Rich(1) <= Rich(2)
except TypeError as e:
    print(e)
class Weird:
    def __eq__(self, o): return "truthy string"
print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
class ListLike(list):
    def __eq__(self, o): return "custom"
print(ListLike([1]) == [1], [1] == ListLike([1]))
