class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a + b, a @ b)
for bad in ([], [[1, 2], [3]]):
    try:
        Matrix(bad)
    except ValueError as e:
        print("bad:", e)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a[2, 0]
except IndexError as e:
    print("index:", e)
try:
    a[0]
except TypeError as e:
    print("type:", e)
c = Matrix([[1, 2, 3]])
print(c @ Matrix([[1], [2], [3]]))
print(a @ c)
