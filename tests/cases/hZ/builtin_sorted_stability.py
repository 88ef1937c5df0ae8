recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
s = sorted(recs, key=lambda r: r[0]); s = sorted(s, key=lambda r: r[1]); print(s)
import random
random.seed(3)
items = [(random.randint(0, 3), i) for i in range(40)]
out = sorted(items, key=lambda t: t[0])
print(all(out[i][1] < out[i + 1][1] for i in range(39) if out[i][0] == out[i + 1][0]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]), min(K(5), K(4)), max([K(1), K(9)]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print([x.v for x in sorted([OnlyGt(2), OnlyGt(1)])])
class NoCmp: pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(e)
print(sorted([1e10, 1, -5.5, 2**64]), sorted(["b", "B", "a", "á"]), sorted([(1, "b"), (1, "a")]))
