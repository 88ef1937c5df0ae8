class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __repr__(self):
        return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m @ m)
print(m @ [[1]])
