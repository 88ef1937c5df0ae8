import sys
from fractions import Fraction
from functools import lru_cache, reduce
import itertools, heapq, math

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b'\x00\x00'
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytes(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

print(sieve(100))
print(len(sieve(100000)))

def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(tuple(acc)); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s = queens(8)
print(len(s), s[0], s[-1])
for row in s[0]:
    print(' '.join('Q' if c == row else '.' for c in range(8)))

def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((n, a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
for m in hanoi(3):
    print("Move disk %d from %s to %s" % m)
print(len(hanoi(10)))

def mandel():
    for y in range(-12, 13):
        line = ''
        for x in range(-39, 20):
            c = complex(x / 20, y / 10)
            z = 0j
            i = 0
            while abs(z) < 2 and i < 30:
                z = z * z + c
                i += 1
            line += ' .:-=+*#%@'[i % 10]
        print(line.rstrip())
mandel()

def roman(n):
    vals = [(1000,'M'),(900,'CM'),(500,'D'),(400,'CD'),(100,'C'),(90,'XC'),(50,'L'),(40,'XL'),(10,'X'),(9,'IX'),(5,'V'),(4,'IV'),(1,'I')]
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return ''.join(out)
def unroman(s):
    m = dict(I=1,V=5,X=10,L=50,C=100,D=500,M=1000)
    tot = 0
    for a, b in itertools.zip_longest(s, s[1:]):
        if b and m[a] < m[b]: tot -= m[a]
        else: tot += m[a]
    return tot
for n in (1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 3999):
    r = roman(n)
    print(f"{n:>5} {r:<12}|{unroman(r):05d}")

print(math.factorial(100))
print(sum(map(int, str(math.factorial(1000)))))
a, b = 0, 1
for _ in range(1000): a, b = b, a + b
print(len(str(a)), str(a)[:20], str(a)[-20:])

def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10*q, 10*(r-m*t), t, k, (10*(3*q+r))//t - 10*m, x
        else:
            q, r, t, k, m, x = q*k, (2*q+r)*x, t*x, k+1, (q*(7*k+2)+r*x)//(t*x), x+2
    return out
print(''.join(map(str, pi_digits(60))))

def factor(n):
    f = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            f.append(d); n //= d
        d += 1 if d == 2 else 2
    if n > 1: f.append(n)
    return f
for n in (1, 2, 12, 97, 360, 2**32 + 1, 600851475143, 1234567890123):
    print(n, '=', ' x '.join(map(str, factor(n))) or '1')

def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n = len(m); d = Fraction(1)
    for i in range(n):
        p = next((r for r in range(i, n) if m[r][i] != 0), None)
        if p is None: return Fraction(0)
        if p != i:
            m[i], m[p] = m[p], m[i]; d = -d
        d *= m[i][i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [a - f * b for a, b in zip(m[r], m[i])]
    return d
M = [[2, -1, 0], [Fraction(1, 3), 4, 5], [7, 8, Fraction(-9, 2)]]
print(det(M), repr(det(M)), float(det(M)))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
print(matmul(M, [[1, 0, 0], [0, 1, 0], [0, 0, Fraction(1, 2)]]))
hilbert = [[Fraction(1, i + j + 1) for j in range(5)] for i in range(5)]
print(det(hilbert), 1 / det(hilbert))
