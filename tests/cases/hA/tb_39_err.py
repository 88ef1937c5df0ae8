class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
m = Matrix([[1, 2], [3, 4]])
print(m[1, 1])
print(m[2, 0])
