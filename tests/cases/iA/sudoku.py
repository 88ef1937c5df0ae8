PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


class Sudoku:
    DIGITS = set("123456789")

    def __init__(self, text):
        rows = [r for r in text.strip().splitlines() if r.strip()]
        if len(rows) != 9 or any(len(r) != 9 for r in rows):
            raise ValueError(f"need 9 rows of 9, got {[len(r) for r in rows]}")
        self.grid = [list(r) for r in rows]
        self.steps = 0

    def candidates(self, r, c):
        used = set(self.grid[r]) | {self.grid[i][c] for i in range(9)}
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used |= {self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return self.DIGITS - used

    def empties(self):
        return [(r, c) for r in range(9) for c in range(9) if self.grid[r][c] == "."]

    def solve(self):
        empties = self.empties()
        if not empties:
            return True
        r, c = min(empties, key=lambda rc: len(self.candidates(*rc)))
        for d in sorted(self.candidates(r, c)):
            self.steps += 1
            self.grid[r][c] = d
            if self.solve():
                return True
        self.grid[r][c] = "."
        return False

    def valid(self):
        units = [row for row in self.grid]
        units += [[self.grid[r][c] for r in range(9)] for c in range(9)]
        units += [[self.grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        return all(sorted(u) == sorted(self.DIGITS) for u in units)

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            chunks = [" ".join(row[i:i + 3]) for i in (0, 3, 6)]
            lines.append(" | ".join(chunks))
        return "\n".join(lines)


s = Sudoku(PUZZLE)
print(s)
print("empty cells:", len(s.empties()), "candidates at (0,2):", sorted(s.candidates(0, 2)))
print("solved:", s.solve(), "steps:", s.steps, "valid:", s.valid())
print(s)
print("".join("".join(r) for r in s.grid)[:27])
for bad in ["123", "\n".join(["." * 9] * 8 + ["." * 8])]:
    try:
        Sudoku(bad)
    except ValueError as e:
        print("ValueError:", e)
imp = Sudoku("\n".join(["11......."] + ["." * 9] * 8))
print("impossible solved?", imp.solve(), imp.steps > 0)
