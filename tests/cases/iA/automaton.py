import itertools


def life_step(cells):
    counts = {}
    for (r, c) in cells:
        for dr, dc in itertools.product((-1, 0, 1), repeat=2):
            if dr or dc:
                k = (r + dr, c + dc)
                counts[k] = counts.get(k, 0) + 1
    return frozenset(k for k, n in counts.items() if n == 3 or (n == 2 and k in cells))


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


glider = frozenset({(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)})
g = glider
for gen in range(5):
    print(f"gen {gen}: {len(g)} cells")
    print(render(g, 6, 6))
    g = life_step(g)
blinker = frozenset({(1, 0), (1, 1), (1, 2)})
print(life_step(life_step(blinker)) == blinker, sorted(life_step(blinker)))


def rule(n):
    table = {tuple(map(int, f"{i:03b}")): (n >> i) & 1 for i in range(8)}
    def step(row):
        padded = [0] + row + [0]
        return [table[tuple(padded[i:i + 3])] for i in range(len(row))]
    return step


for num in (30, 90, 110):
    step = rule(num)
    row = [0] * 15 + [1] + [0] * 15
    print(f"Rule {num}")
    for _ in range(8):
        print("".join(" █"[x] for x in row).rstrip())
        row = step(row)


class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{pos} outside {self.w}x{self.h}")
        return self.cells[y][x]

    def __setitem__(self, pos, v):
        self[pos]
        x, y = pos
        self.cells[y][x] = v

    def flood(self, x, y, new):
        old = self[x, y]
        if old == new:
            return 0
        stack = [(x, y)]
        n = 0
        while stack:
            px, py = stack.pop()
            if 0 <= px < self.w and 0 <= py < self.h and self.cells[py][px] == old:
                self.cells[py][px] = new
                n += 1
                stack.extend([(px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)])
        return n

    def __str__(self):
        return "\n".join(" ".join(f"{v:>2}" for v in row) for row in self.cells)


gr = Grid(6, 4)
for x in range(6):
    gr[x, 2] = 1
gr[3, 3] = 1
print(gr.flood(0, 0, 7), gr.flood(0, 3, 5), gr.flood(0, 0, 7))
print(gr)
for pos in [(6, 0), (0, -1)]:
    try:
        gr[pos] = 3
    except IndexError as e:
        print("IndexError:", e)
try:
    gr[1]
except TypeError as e:
    print("TypeError:", e)
langton = {}
pos, d = (0, 0), 0
dirs = [(0, -1), (1, 0), (0, 1), (-1, 0)]
for _ in range(500):
    black = langton.get(pos, False)
    d = (d + (1 if not black else -1)) % 4
    langton[pos] = not black
    pos = (pos[0] + dirs[d][0], pos[1] + dirs[d][1])
print(sum(langton.values()), pos, d)
