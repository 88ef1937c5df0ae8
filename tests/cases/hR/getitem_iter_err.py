class Grid:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("grid index out of range")
        return [i] * i
g = Grid(3)
print(list(g))
print([len(row) for row in g])
print(g[5])
