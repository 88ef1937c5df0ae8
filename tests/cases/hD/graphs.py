import heapq
from collections import deque, defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order

def dfs(start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nxt, _ in sorted(graph[start]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("A"))
print(dfs("A"))
print(bfs("G"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>3}  via {' -> '.join(path(prev, node))}")
print(dist.get("G", float("inf")))

def topo(deps):
    indeg = {n: 0 for n in deps}
    for n, ds in deps.items():
        for d in ds:
            indeg.setdefault(d, 0)
    for n, ds in deps.items():
        for d in ds:
            indeg[n] += 1
    ready = sorted(n for n, k in indeg.items() if k == 0)
    heapq.heapify(ready)
    out = []
    while ready:
        n = heapq.heappop(ready)
        out.append(n)
        for m, ds in deps.items():
            if n in ds:
                indeg[m] -= 1
                if indeg[m] == 0:
                    heapq.heappush(ready, m)
    if len(out) != len(indeg):
        raise ValueError(f"cycle among {sorted(set(indeg) - set(out))}")
    return out

deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core"], "core": [], "tests": ["app"]}
print(topo(deps))
try:
    topo({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as e:
    print(e)

from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print(type(e).__name__, e.args[0], sorted(e.args[1]))

def components(nodes):
    seen, comps = set(), []
    for n in sorted(nodes):
        if n in seen:
            continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(v for v, _ in graph[x])
        comps.append(sorted(comp))
    return comps
print(components(graph.keys()))
h = []
for item in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")]:
    heapq.heappush(h, item)
print(h[0], heapq.nsmallest(3, h), heapq.nlargest(2, h), len(h))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 9) if True else None)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
print(heapq.nlargest(2, {"x": 3, "y": 9, "z": 1}.items(), key=lambda kv: kv[1]))
