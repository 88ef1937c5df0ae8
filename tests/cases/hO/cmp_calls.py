log = []
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append(f"eq{self.v},{o.v}")
        return self.v == o.v
    def __lt__(self, o):
        log.append(f"lt{self.v},{o.v}")
        return self.v < o.v
    def __gt__(self, o):
        log.append(f"gt{self.v},{o.v}")
        return self.v > o.v
    def __le__(self, o):
        log.append(f"le{self.v},{o.v}")
        return self.v <= o.v
    def __repr__(self):
        return f"V{self.v}"
    __hash__ = None
def show(label, r):
    print(label, r, log)
    log.clear()
show("list lt", [V(1), V(2)] < [V(1), V(3)])
show("list eq", [V(1), V(2)] == [V(1), V(2)])
show("list ne len", [V(1)] == [V(1), V(2)])
show("tuple le", (V(1), V(5)) <= (V(1), V(4)))
show("tuple gt", (V(2),) > (V(1), V(0)))
show("sorted", sorted([V(3), V(1), V(2)]))
show("sorted rev", sorted([V(3), V(1), V(2)], reverse=True))
show("max", max([V(1), V(3), V(2)]))
show("min", min(V(2), V(1)))
show("max key", max([V(1), V(3)], key=lambda x: -x.v))
x = [V(2), V(1)]
x.sort()
show("sort", x)
show("chain", V(1) < V(2) < V(3))
show("reflected", V(1) > V(0))
show("in", V(2) in [V(1), V(2), V(3)])
import bisect
lst = [V(1), V(3), V(5)]
show("bisect", bisect.bisect_left(lst, V(4)))
import heapq
h = []
heapq.heappush(h, V(3))
heapq.heappush(h, V(1))
show("heappush", [e.v for e in h])
show("heappop", heapq.heappop(h))
