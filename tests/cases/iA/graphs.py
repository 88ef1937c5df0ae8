import heapq
from collections import defaultdict, deque, Counter, OrderedDict, namedtuple

Edge = namedtuple("Edge", "src dst weight")


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(list)
        self.directed = directed
        self.nodes = set()

    def add(self, u, v, w=1):
        self.adj[u].append((v, w))
        self.nodes |= {u, v}
        if not self.directed:
            self.adj[v].append((u, w))

    def edges(self):
        for u in sorted(self.adj):
            for v, w in self.adj[u]:
                yield Edge(u, v, w)

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = [(0, src)]
        seen = set()
        while pq:
            d, u = heapq.heappop(pq)
            if u in seen:
                continue
            seen.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(pq, (nd, v))
        return dist, prev

    def path(self, src, dst):
        dist, prev = self.dijkstra(src)
        if dst not in dist:
            raise ValueError(f"no path from {src} to {dst}")
        p = [dst]
        while p[-1] != src:
            p.append(prev[p[-1]])
        return dist[dst], p[::-1]

    def bfs(self, src):
        order, q, seen = [], deque([src]), {src}
        while q:
            u = q.popleft()
            order.append(u)
            for v, _ in sorted(self.adj[u]):
                if v not in seen:
                    seen.add(v)
                    q.append(v)
        return order

    def dfs(self, src, seen=None):
        seen = seen if seen is not None else []
        seen.append(src)
        for v, _ in sorted(self.adj[src]):
            if v not in seen:
                self.dfs(v, seen)
        return seen

    def toposort(self):
        indeg = Counter()
        for u in self.nodes:
            indeg[u] += 0
        for e in self.edges():
            indeg[e.dst] += 1
        ready = sorted(n for n in self.nodes if indeg[n] == 0)
        heapq.heapify(ready)
        out = []
        while ready:
            u = heapq.heappop(ready)
            out.append(u)
            for v, _ in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(ready, v)
        if len(out) != len(self.nodes):
            raise RuntimeError("cycle detected")
        return out


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]:
    g.add(u, v, w)
dist, prev = g.dijkstra("A")
print(sorted(dist.items()))
print(g.path("A", "F"))
print(g.bfs("A"), g.dfs("A"))
print(list(g.edges())[:3])
e = Edge("x", "y", 3)
print(e, e._asdict(), e._replace(weight=9), e.weight, e[0], Edge._fields)
g.add("X", "Y")
try:
    g.path("A", "Y")
except ValueError as ex:
    print("ValueError:", ex)

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add(u, v)
print(dag.toposort())
dag.add("jacket", "shirt")
try:
    dag.toposort()
except RuntimeError as ex:
    print(type(ex).__name__, ex)

h = []
for i, word in enumerate("the quick brown fox jumps over the lazy dog".split()):
    heapq.heappush(h, (len(word), -i, word))
print([heapq.heappop(h)[2] for _ in range(4)])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["b", "a", "c"], key=str.upper))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 0) if True else None)
try:
    heapq.heappop([])
except IndexError as ex:
    print("IndexError", ex)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
c = Counter("mississippi")
print(c.most_common(2), sorted(c.elements())[:5], c["z"], +c, c - Counter("ssss"))
dq = deque(range(10), maxlen=5)
dq.rotate(2)
print(dq, dq.maxlen, dq.index(8))
dq.extendleft([100, 200])
print(dq)
