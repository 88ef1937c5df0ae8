import heapq
log = []
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
    def __eq__(self, o): log.append(f"{self}=={o}"); return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): log.append(f"{self}<{o}"); return self.v < o.v
    def __gt__(self, o): log.append(f"{self}>{o}"); return self.v > o.v
def run(name, f):
    log.clear()
    try: r = f()
    except Exception as e: r = f"!! {type(e).__name__}: {e}"
    print(f"{name:18} {r!r:30} {' '.join(log)}")
vals = [V(x) for x in (5, 1, 4, 1, 3, 9, 2, 6)]
for n in (0, 1, 2, 3, 8, 9):
    run(f"nsmallest {n}", lambda: heapq.nsmallest(n, vals))
    run(f"nlargest {n}", lambda: heapq.nlargest(n, vals))
    run(f"nsmallest it {n}", lambda: heapq.nsmallest(n, iter(vals)))
    run(f"nlargest it {n}", lambda: heapq.nlargest(n, iter(vals)))
    run(f"nsmallest key {n}", lambda: heapq.nsmallest(n, iter(vals), key=lambda x: V(-x.v)))
    run(f"nlargest key {n}", lambda: heapq.nlargest(n, iter(vals), key=lambda x: V(x.v % 4)))
print(heapq.nsmallest(3, iter([(1, "b"), (1, "a"), (0, "z"), (1, "a")])), heapq.nlargest(2, iter("abcabc")), heapq.nlargest(3, iter([3, 1, 3, 2, 3]), key=lambda x: x // 2))
