# LRU cache + priority-queue Dijkstra / A* on a grid.
import heapq
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
import itertools

GRID = """\
S....#........
.##..#..####..
..#.....#.....
..#####.#.###.
......#.#...#.
.####.#.###.#.
.#....#.....#.
.#.######.###.
.#......#....G
""".splitlines()
H, W = len(GRID), len(GRID[0])
COST = {".": 1, "S": 1, "G": 1}


def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return r, c
    raise ValueError(f"{ch!r} not in grid")


def neighbors(p):
    r, c = p
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < H and 0 <= cc < W and GRID[rr][cc] != "#":
            yield (rr, cc), COST[GRID[rr][cc]] + (1 if rr % 3 == 0 and cc % 4 == 0 else 0)


@dataclass(order=True)
class Entry:
    prio: float
    count: int
    node: tuple = field(compare=False)


def astar(start, goal, h):
    counter = itertools.count()
    openq = [Entry(h(start), next(counter), start)]
    g = {start: 0}
    came = {}
    expanded = 0
    while openq:
        e = heapq.heappop(openq)
        cur = e.node
        if cur == goal:
            path = [cur]
            while cur in came:
                cur = came[cur]
                path.append(cur)
            return g[goal], path[::-1], expanded
        expanded += 1
        for nb, w in neighbors(cur):
            ng = g[cur] + w
            if ng < g.get(nb, float("inf")):
                g[nb] = ng
                came[nb] = cur
                heapq.heappush(openq, Entry(ng + h(nb), next(counter), nb))
    return None, [], expanded


start, goal = find("S"), find("G")
manhattan = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
for name, h in (("dijkstra", lambda p: 0), ("astar", manhattan)):
    cost, path, exp = astar(start, goal, h)
    print(name, cost, len(path), exp, path[:4], path[-2:])
cost, path, _ = astar(start, goal, manhattan)
canvas = [list(row) for row in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
try:
    find("X")
except ValueError as e:
    print(type(e).__name__, e)


class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.cap:
            old, _ = self.data.popitem(last=False)
            print("  evict", old)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


cache = LRU(3)
for k in "abcabdeafa":
    if cache.get(k) is None:
        cache.put(k, ord(k))
print(cache)


@lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), grid_paths.cache_info())
grid_paths.cache_clear()
print(grid_paths.cache_info(), grid_paths(3, 3), grid_paths.__wrapped__(2, 2))


@lru_cache(maxsize=4, typed=True)
def ident(x):
    return (type(x).__name__, x)


print([ident(v) for v in (1, 1.0, True, 1, "1")], ident.cache_info(), ident.cache_parameters())
pq = []
for i, w in enumerate("pear fig apple kiwi banana date".split()):
    heapq.heappush(pq, (len(w), -i, w))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
h = [5, 1, 8, 3, 2, 9]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h, heapq.nsmallest(2, h), heapq.nlargest(2, h, key=lambda x: -x))
try:
    heapq.heappush([Entry(1, 1, (0, 0))], 5)
except TypeError as e:
    print(type(e).__name__, e)
