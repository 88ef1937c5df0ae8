# Matrix arithmetic with nested lists, fractions via ints, and float formatting
import random
random.seed(11)
def mat(n, m, lo=-9, hi=9):
    return [[random.randint(lo, hi) for _ in range(m)] for _ in range(n)]
def mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(a):
    return [list(r) for r in zip(*a)]
def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    return sum((-1) ** j * a[0][j] * det([row[:j] + row[j + 1:] for row in a[1:]]) for j in range(n))
def show(a, fmt='{:5}'):
    for row in a:
        print(' '.join(fmt.format(x) for x in row))
A = mat(3, 4); B = mat(4, 2)
show(A); print(); show(B); print()
C = mul(A, B)
show(C)
print('T:', transpose(C))
for n in range(1, 6):
    M = mat(n, n)
    print(n, det(M), det(transpose(M)) == det(M))
I = [[int(i == j) for j in range(4)] for i in range(4)]
M = mat(4, 4)
print(mul(M, I) == M, mul(I, M) == M)
def inverse(a):
    n = len(a)
    aug = [[float(x) for x in row] + [float(i == j) for j in range(n)] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(aug[r][c]))
        if abs(aug[p][c]) < 1e-12:
            raise ValueError('singular matrix')
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [x / pv for x in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]
for trial in range(4):
    M = mat(3, 3)
    try:
        inv = inverse(M)
        show(inv, '{:9.4f}')
        P = mul(M, inv)
        print(all(abs(P[i][j] - (i == j)) < 1e-9 for i in range(3) for j in range(3)))
    except ValueError as e:
        print('error:', e)
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print('error:', e)
flat = [x for row in A for x in row]
print(sorted(flat), sum(flat), min(flat), max(flat), sorted(flat, key=abs)[:5], flat.count(0))
print([[round(x / 3, 2) for x in row] for row in A])
print('{:>8}|{:^8}|{:<8}|'.format(*[str(det(mat(2, 2))) for _ in range(3)]))
