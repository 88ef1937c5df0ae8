import heapq
from collections import deque, defaultdict
from typing import Tuple, List, Optional, Dict

MAZE = """\
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########"""

Pos = Tuple[int, int]


def parse(text: str) -> Tuple[List[str], Pos, Pos]:
    grid = text.splitlines()
    start = end = (-1, -1)
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def neighbors(grid: List[str], p: Pos):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end) -> Optional[List[Pos]]:
    prev: Dict[Pos, Optional[Pos]] = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for n in neighbors(grid, cur):
            if n not in prev:
                prev[n] = cur
                q.append(n)
    return None


def dfs_count(grid, start, end) -> int:
    count = 0
    seen = {start}

    def go(p):
        nonlocal count
        if p == end:
            count += 1
            return
        for n in neighbors(grid, p):
            if n not in seen:
                seen.add(n)
                go(n)
                seen.discard(n)
    go(start)
    return count


def astar(grid, start, end):
    def h(p):
        return abs(p[0] - end[0]) + abs(p[1] - end[1])
    openq = [(h(start), 0, start)]
    g = {start: 0}
    came = {}
    expanded = 0
    while openq:
        f, cost, cur = heapq.heappop(openq)
        if cur == end:
            break
        if cost > g.get(cur, float("inf")):
            continue
        expanded += 1
        for n in neighbors(grid, cur):
            nc = cost + 1
            if nc < g.get(n, float("inf")):
                g[n] = nc
                came[n] = cur
                heapq.heappush(openq, (nc + h(n), nc, n))
    return g.get(end), expanded


grid, s, e = parse(MAZE)
print("start", s, "end", e)
path = bfs(grid, s, e)
print("bfs length", len(path) - 1)
print(path)
rows = [list(r) for r in grid]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
print("dfs paths", dfs_count(grid, s, e))
print("astar", astar(grid, s, e))

# Conway's life
def step(live: set) -> set:
    counts = defaultdict(int)
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    counts[(r + dr, c + dc)] += 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}


def show(live: set, h=6, w=8) -> str:
    return "\n".join("".join("O" if (r, c) in live else "." for c in range(w)) for r in range(h))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = glider
for gen in range(5):
    print(f"gen {gen}: {len(g)} cells, bbox {min(g)}..{max(g)}")
    print(show(g))
    g = step(g)
print(sorted(g))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)

# heap ops
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h)
print(h, heapq.nsmallest(3, h), heapq.nlargest(2, h))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
tasks = []
for pri, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as ex:
    print("IndexError", ex)
