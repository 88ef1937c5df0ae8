import heapq
from collections import defaultdict, deque, namedtuple, Counter, OrderedDict

Edge = namedtuple('Edge', 'src dst weight')
edges = [Edge('a','b',7), Edge('a','c',9), Edge('a','f',14), Edge('b','c',10), Edge('b','d',15),
         Edge('c','d',11), Edge('c','f',2), Edge('d','e',6), Edge('e','f',9)]
print(edges[0], edges[0]._asdict(), edges[0]._replace(weight=1))
g = defaultdict(list)
for e in edges:
    g[e.src].append((e.dst, e.weight))
    g[e.dst].append((e.src, e.weight))

def dijkstra(g, s):
    dist = {s: 0}; prev = {}
    pq = [(0, s)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in sorted(g[u]):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd; prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra(g, 'a')
for k in sorted(dist):
    path = [k]
    while path[-1] in prev: path.append(prev[path[-1]])
    print(f"{k}: {dist[k]:3d} via {' -> '.join(reversed(path))}")

def bfs(grid, start, goal):
    q = deque([(start, 0)]); seen = {start}
    while q:
        (r, c), d = q.popleft()
        if (r, c) == goal: return d
        for dr, dc in ((0,1),(1,0),(0,-1),(-1,0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] == '.' and (nr, nc) not in seen:
                seen.add((nr, nc)); q.append(((nr, nc), d + 1))
    return -1
maze = ["..#.......", ".##.####..", "....#..#.#", "#.#...#...", "..#.#.##.."]
print(bfs(maze, (0, 0), (4, 9)))

def topo(deps):
    indeg = Counter()
    for k, vs in deps.items():
        indeg.setdefault(k, 0)
        for v in vs: indeg[v] += 0; indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in deps.items():
        for v in vs: rev[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0); out.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0: ready.append(m); ready.sort()
    return out
print(topo({'des_system_lib': ['std', 'synopsys', 'std_cell_lib', 'dw02', 'dw01', 'ramlib', 'ieee'],
            'dw01': ['ieee', 'dware', 'gtech'], 'dw02': ['ieee', 'dware'], 'std_cell_lib': ['ieee'],
            'synopsys': [], 'ramlib': ['std', 'ieee']}))

class Graph:
    def __init__(self): self.adj = OrderedDict()
    def add(self, u, v):
        self.adj.setdefault(u, []).append(v); self.adj.setdefault(v, [])
    def __repr__(self): return f"Graph({dict(self.adj)!r})"
    def dfs(self, s, seen=None):
        seen = seen if seen is not None else []
        seen.append(s)
        for v in self.adj[s]:
            if v not in seen: self.dfs(v, seen)
        return seen
    def has_cycle(self):
        WHITE, GRAY, BLACK = range(3)
        color = dict.fromkeys(self.adj, WHITE)
        def visit(u):
            color[u] = GRAY
            for v in self.adj[u]:
                if color[v] == GRAY or (color[v] == WHITE and visit(v)): return True
            color[u] = BLACK; return False
        return any(color[u] == WHITE and visit(u) for u in self.adj)
G = Graph()
for u, v in [(1,2),(2,3),(3,4),(1,5),(5,4)]: G.add(u, v)
print(G, G.dfs(1), G.has_cycle())
G.add(4, 1); print(G.has_cycle())
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(repr(OrderedDict()), OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h); print(h)
print(heapq.nlargest(3, h), heapq.nsmallest(2, h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a', 'bbb'], ['cc', 'dddd'], key=len, reverse=False)))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
d = deque(range(5), maxlen=3); print(d); d.appendleft(9); print(d); d.rotate(1); print(d, d.maxlen)
try:
    deque().pop()
except IndexError as e: print(e)
