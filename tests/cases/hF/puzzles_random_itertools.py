import sys, random, itertools, functools, operator
from functools import lru_cache, reduce, partial, cache, wraps

sys.setrecursionlimit(5000)
@lru_cache(maxsize=None)
def count_paths(r, c):
    if r == 0 or c == 0: return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())
@lru_cache(maxsize=2)
def sq(x): return x * x
for v in [1, 2, 1, 3, 1, 2]: sq(v)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@cache
def collatz(n):
    if n == 1: return 1
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 10000), key=collatz)
print(best, collatz(best))
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000), sys.getrecursionlimit())
def knap(items, cap):
    @lru_cache(None)
    def best(i, w):
        if i == len(items): return 0, ()
        name, wt, val = items[i]
        skip = best(i + 1, w)
        if wt <= w:
            v, chosen = best(i + 1, w - wt)
            if v + val > skip[0]:
                return v + val, (name,) + chosen
        return skip
    return best(0, cap)
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10),
         ("suntan cream", 11, 70), ("camera", 32, 30), ("T-shirt", 24, 15), ("trousers", 48, 10)]
print(knap(items, 400))
def life(board, gens):
    for _ in range(gens):
        cnt = {}
        for (r, c) in board:
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc: cnt[(r + dr, c + dc)] = cnt.get((r + dr, c + dc), 0) + 1
        board = {p for p, n in cnt.items() if n == 3 or (n == 2 and p in board)}
    return board
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
b = life(glider, 8)
print(sorted(b))
for r in range(0, 6):
    print(''.join('#' if (r, c) in b else '.' for c in range(6)))
puzzle = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
grid = [[int(ch) if ch != '.' else 0 for ch in line] for line in puzzle.split()]
def ok(g, r, c, v):
    if v in g[r] or any(g[i][c] == v for i in range(9)): return False
    br, bc = 3 * (r // 3), 3 * (c // 3)
    return all(g[i][j] != v for i in range(br, br + 3) for j in range(bc, bc + 3))
def solve(g):
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                for v in range(1, 10):
                    if ok(g, r, c, v):
                        g[r][c] = v
                        if solve(g): return True
                        g[r][c] = 0
                return False
    return True
print(solve(grid))
for i, row in enumerate(grid):
    if i and i % 3 == 0: print("------+-------+------")
    print(' | '.join(' '.join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", weights=[1, 5, 1], k=6))
print(random.gauss(0, 1), random.randrange(0, 100, 7), random.getrandbits(40), random.triangular(0, 10, 3))
print(random.expovariate(2), random.betavariate(2, 3), random.normalvariate(5, 2), random.paretovariate(3))
r2 = random.Random(7); print([r2.randint(0, 9) for _ in range(10)], r2.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed("hello"); print(random.random()); random.seed(b"x"); print(random.random()); random.seed(12345678901234567890); print(random.random())
print(list(itertools.permutations("abc", 2)), len(list(itertools.permutations(range(6)))))
print(list(itertools.combinations_with_replacement([1, 2, 3], 2)), list(itertools.product("ab", repeat=2)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)), list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.pairwise("abcd")), list(itertools.filterfalse(None, [0, 1, '', 'a'])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
a, b = itertools.tee(iter([1, 2, 3])); print(list(a), list(b), list(itertools.repeat(7, 3)))
print(reduce(lambda x, y: x * 10 + y, [1, 2, 3, 4]), reduce(operator.add, [], 0))
try: reduce(operator.add, [])
except TypeError as e: print(e)
base2 = partial(int, base=2); print(base2("1011"), base2, base2.func, base2.keywords)
def trace(f):
    @wraps(f)
    def w(*a, **k):
        r = f(*a, **k); print(f"{f.__name__}{a} -> {r}"); return r
    return w
@trace
def add(x, y): "adds"; return x + y
add(2, 3); print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def perms(s):
    if len(s) <= 1: yield s; return
    for i, ch in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]): yield ch + p
print(list(perms("abc")), sum(1 for _ in perms("abcdef")))
