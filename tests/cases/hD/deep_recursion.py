# Competitive-programming style deep recursion under a raised recursion limit.
import sys
from functools import lru_cache

sys.setrecursionlimit(10**7)
print(sys.getrecursionlimit())

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500_000))  # 1M frames need ~320 MB here (CPython: 160 MB), past the default 256 MiB

def dfs(u, adj, order):
    order.append(u)
    for v in adj[u]:
        dfs(v, adj, order)

n = 200_000
adj = [[i + 1] if i + 1 < n else [] for i in range(n)]
order = []
dfs(0, adj, order)
print(len(order), order[-1])

for bad in (2**31, -2**40, 0, 2.5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(2**31 - 1)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

for k in (300, 450, 495, 500, 800):
    fib.cache_clear()
    try:
        print(k, fib(k) % 10**9)
    except RecursionError as e:
        print(k, type(e).__name__, e)

@lru_cache(maxsize=128)
def walk(n):
    return n if n == 0 else walk(n - 1)
for k in (480, 600):
    walk.cache_clear()
    try:
        print(k, walk(k))
    except RecursionError as e:
        print(k, type(e).__name__, e)

def plain(n):
    try:
        return plain(n + 1)
    except RecursionError:
        return n
print(plain(0))
