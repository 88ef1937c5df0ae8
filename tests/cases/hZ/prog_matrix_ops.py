from fractions import Fraction

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(n))

def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(str(x).rjust(w) for x in row) + "]")

A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
B = [[1, 2], [3, 4], [5, 6]]
show(matmul(A, B))
show(transpose(B))
print(det(A), det([[1, 2], [2, 4]]), det([[5]]))
inv = inverse(A)
show(inv)
show(matmul(A, inv))
try:
    matmul(B, B)
except ValueError as e:
    print(e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print(e)
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(A, I) == A, [sum(r) for r in A], [max(c) for c in zip(*A)], sum(map(sum, A)))
print([[round(float(x), 4) for x in row] for row in inv])
