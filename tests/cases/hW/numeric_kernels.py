# spectral norm, fannkuch, n-queens (generators) and pidigits in one program
import itertools
import math


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_A_times_u(u):
    return [sum(eval_A(i, j) * uj for j, uj in enumerate(u)) for i in range(len(u))]


def eval_At_times_u(u):
    return [sum(eval_A(j, i) * uj for j, uj in enumerate(u)) for i in range(len(u))]


def spectral_norm(n):
    u = [1.0] * n
    for _ in range(10):
        v = eval_At_times_u(eval_A_times_u(u))
        u = eval_At_times_u(eval_A_times_u(v))
    vBv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    return math.sqrt(vBv / vv)


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    checksum = 0
    sign = 1
    while True:
        if check < 30:
            check += 1
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        else:
            checksum += 0
        sign = -sign
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum


def n_queens(n):
    cols = range(n)
    for vec in itertools.permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def queens_backtrack(n):
    def place(row, cols, d1, d2):
        if row == n:
            yield ()
            return
        for c in range(n):
            if c in cols or (row + c) in d1 or (row - c) in d2:
                continue
            for rest in place(row + 1, cols | {c}, d1 | {row + c}, d2 | {row - c}):
                yield (c,) + rest
    yield from place(0, frozenset(), frozenset(), frozenset())


def pidigits(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


print("%0.9f" % spectral_norm(60))
print(fannkuch(7))
sols = list(n_queens(6))
print(len(sols), sols[:2])
g = queens_backtrack(8)
first = next(g)
print(first, sum(1 for _ in g) + 1)
print(list(itertools.islice(queens_backtrack(10), 3)))
digits = pidigits(300)
s = "".join(map(str, digits))
for i in range(0, len(s), 60):
    print(s[i:i + 60], f":{i + 60}")
big = 3 ** 500 - 2 ** 700
print(len(str(big)), big % 1000007, big.bit_length(), (-big) >> 600, hex(big)[:20], big.bit_count() if hasattr(big, "bit_count") else None)
print(math.isqrt(10 ** 60 + 12345), pow(7, 10 ** 20, 10 ** 9 + 7), pow(3, -1, 1000003), math.comb(100, 50), math.factorial(25))
print(divmod(-10 ** 30 - 7, 97), divmod(10 ** 30, -13), (10 ** 40) // -7, -(10 ** 40) % 7, int("-" + "9" * 50) // 10 ** 25)
print(f"{2 ** 100:,}", f"{2 ** 64:_x}", f"{-(2 ** 70):>30d}", format(10 ** 25, "e"), float(2 ** 1000) / 3 > 1e300)
print(int.from_bytes(b"\x01\x02" * 9, "big"), (2 ** 72 - 1).to_bytes(9, "little"), (-1).to_bytes(4, "big", signed=True))
print(math.gcd(2 ** 100, 6 ** 40), math.lcm(12, 18, 2 ** 65), int(str(7 ** 300)[:30]) ** 2 % 99991)
try:
    (2 ** 1000) * 1.0 ** 2 + float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
