from functools import lru_cache, cache, reduce
import sys

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    out, i, j = [], 0, 0
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    best = [0] * (cap + 1)
    keep = [[False] * (cap + 1) for _ in items]
    for k, (w, v) in enumerate(items):
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
                keep[k][c] = True
    chosen, c = [], cap
    for k in range(len(items) - 1, -1, -1):
        if keep[k][c]:
            chosen.append(k)
            c -= items[k][0]
    return best[cap], sorted(chosen)

@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

@cache
def coin_ways(amount, coins=(1, 5, 10, 25, 50)):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])

def lis(seq):
    import bisect
    tails, idx, parent = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        p = bisect.bisect_left(tails, x)
        if p == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[p] = x; idx[p] = i
        parent[i] = idx[p - 1] if p else None
    out, k = [], idx[-1] if idx else None
    while k is not None:
        out.append(seq[k]); k = parent[k]
    return out[::-1]

print(lcs("ABCBDAB", "BDCABA"), lcs("", "abc"), lcs("dynamic", "programming"))
for s, t in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("intention", "execution"), ("same", "same")]:
    print(f"{s!r:>12} -> {t!r:<12} {edit_distance(s, t)}")
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))
print(knapsack([], 10), knapsack([(5, 10)], 4))
print([partitions(n) for n in range(15)], partitions(100))
print(partitions.cache_info())
print(coin_ways(100), coin_ways(300))
print(coin_ways.cache_info().currsize > 0)
partitions.cache_clear()
print(partitions.cache_info())
print(lis([3, 10, 2, 1, 20, 4, 6, 7, 8]), lis([]), lis([5, 4, 3]))
print(reduce(lambda a, b: a * b, range(1, 21)), reduce(max, [3, 9, 2], 0))
try:
    reduce(max, [])
except TypeError as e:
    print(e)

def max_subarray(a):
    best = cur = a[0]
    start = bs = be = 0
    for i in range(1, len(a)):
        if cur < 0:
            cur, start = a[i], i
        else:
            cur += a[i]
        if cur > best:
            best, bs, be = cur, start, i
    return best, a[bs:be + 1]
print(max_subarray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), max_subarray([-3, -1, -2]))

sys.setrecursionlimit(5000)
@lru_cache(None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300))
print(fib.__wrapped__.__name__, fib.__name__, type(fib).__name__)

def grid_paths(r, c, blocked):
    dp = [[0] * c for _ in range(r)]
    for i in range(r):
        for j in range(c):
            if (i, j) in blocked:
                continue
            dp[i][j] = 1 if i == j == 0 else (dp[i - 1][j] if i else 0) + (dp[i][j - 1] if j else 0)
    return dp[-1][-1]
print(grid_paths(3, 3, set()), grid_paths(5, 5, {(1, 1), (2, 3)}), grid_paths(18, 18, set()))
