import random
from collections import deque


def make_maze(w, h, seed):
    rng = random.Random(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(w) for y in range(h)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack = [(0, 0)]
    seen = {(0, 0)}
    while stack:
        x, y = stack[-1]
        options = [(d, x + dx, y + dy, back) for d, (dx, dy, back) in sorted(moves.items())
                   if (x + dx, y + dy) in walls and (x + dx, y + dy) not in seen]
        if not options:
            stack.pop()
            continue
        d, nx, ny, back = rng.choice(options)
        walls[(x, y)].discard(d)
        walls[(nx, ny)].discard(back)
        seen.add((nx, ny))
        stack.append((nx, ny))
    return walls


def render(walls, w, h, path=()):
    path = set(path)
    out = ["+" + "---+" * w]
    for y in range(h):
        row = "|"
        bottom = "+"
        for x in range(w):
            row += (" * " if (x, y) in path else "   ") + ("|" if "E" in walls[(x, y)] else " ")
            bottom += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        out += [row, bottom]
    return "\n".join(out)


def solve(walls, start, goal):
    prev = {start: None}
    q = deque([start])
    delta = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for d, (dx, dy) in delta.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    q.append(nxt)
    else:
        raise LookupError(f"{goal} unreachable")
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


W, H = 8, 5
walls = make_maze(W, H, seed=2024)
print(render(walls, W, H))
path = solve(walls, (0, 0), (W - 1, H - 1))
print(len(path), path[:5])
print(render(walls, W, H, path))
openings = sum(4 - len(v) for v in walls.values()) // 2
print("passages:", openings, "cells:", W * H, "tree:", openings == W * H - 1)
walls[(W - 1, H - 1)] = {"N", "S", "E", "W"}
walls[(W - 2, H - 1)].add("E")
walls[(W - 1, H - 2)].add("S")
try:
    solve(walls, (0, 0), (W - 1, H - 1))
except LookupError as e:
    print(type(e).__name__, e)
rng = random.Random(7)
print([rng.randint(1, 6) for _ in range(10)], rng.random(), rng.choice(["a", "b", "c"]))
print(rng.sample(range(50), 5), rng.uniform(-1, 1), rng.randrange(10, 100, 5), rng.getrandbits(16))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], sorted(rng.choices("xyz", k=6)), rng.betavariate(2, 3) < 1, round(rng.expovariate(1.5), 6))
random.seed(123)
print(random.random(), random.randint(0, 10 ** 20), random.choice(range(1000)), random.sample("abcdefgh", 3))
