import sys
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print("RecursionError", e)
class G:
    def __getattr__(self, n): return getattr(self, n)
try: G().x
except RecursionError as e: print("RecursionError", e)
l = []; l.append(l); print(repr(l), str([l]))
d = {}; d[1] = d; print(d)
t = ([],); t[0].append(t); print(t)
print(sys.getrecursionlimit())
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
sys.setrecursionlimit(3000)
print(depth(2500))
try: sys.setrecursionlimit(0)
except ValueError as e: print("ValueError", e)
def mutual_a(n): return n if n <= 0 else mutual_b(n - 1)
def mutual_b(n): return mutual_a(n - 1)
print(mutual_a(1001))
class Eq:
    def __eq__(self, o): return self == o
try: Eq() == 1
except RecursionError as e: print("RecursionError", e)
import json
deep = []
cur = deep
for _ in range(100000): cur.append([]); cur = cur[0]
try: print(len(repr(deep)))
except RecursionError as e: print("RecursionError", e)
def gen_rec(n):
    if n: yield from gen_rec(n - 1)
    else: yield "bottom"
print(list(gen_rec(500)))
