import heapq
log = []
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
    def __eq__(self, o): log.append(f"{self}=={o}"); return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): log.append(f"{self}<{o}"); return self.v < o.v
a = [V(1), V(4), V(7)]; b = [V(2), V(4), V(5)]; c = [V(0), V(9)]
print(list(heapq.merge(a, b, c)), " ".join(log)); log.clear()
print(list(heapq.merge(a[::-1], b[::-1], reverse=True)), " ".join(log)); log.clear()
print(list(heapq.merge(a, b, key=lambda x: V(-x.v))), " ".join(log)); log.clear()
h = []
for x in [V(5), V(3), V(8), V(1)]: heapq.heappush(h, x)
print(h, " ".join(log)); log.clear()
print(heapq.heappop(h), heapq.heappushpop(h, V(4)), heapq.heapreplace(h, V(0)), h, " ".join(log)); log.clear()
