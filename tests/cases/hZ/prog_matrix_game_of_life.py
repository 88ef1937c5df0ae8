def step(grid):
    rows, cols = len(grid), len(grid[0])
    def neighbours(r, c):
        return sum(grid[(r + dr) % rows][(c + dc) % cols] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return [[1 if (grid[r][c] and neighbours(r, c) in (2, 3)) or (not grid[r][c] and neighbours(r, c) == 3) else 0 for c in range(cols)] for r in range(rows)]

def show(grid, gen):
    print(f"gen {gen}:")
    for row in grid:
        print("".join("#" if x else "." for x in row))

glider = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
g = glider
seen = {}
for gen in range(5):
    show(g, gen)
    key = tuple(map(tuple, g))
    seen[key] = gen
    g = step(g)
print("alive:", sum(map(sum, g)))
blinker = [[0, 0, 0], [1, 1, 1], [0, 0, 0]]
b2 = step(step(blinker))
print(b2 == blinker, step(blinker))
