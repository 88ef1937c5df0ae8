import sys
from functools import lru_cache


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


m = hanoi(4)
print(len(m), m[:5])


def permutations(xs):
    if len(xs) <= 1:
        yield list(xs)
        return
    for i in range(len(xs)):
        for p in permutations(xs[:i] + xs[i + 1:]):
            yield [xs[i]] + p


print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))


def queens(n):
    sols = []

    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(tuple(acc))
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc + [c])
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols


for n in range(1, 9):
    print(n, len(queens(n)))
s = queens(6)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(6)) for col in s))


@lru_cache(maxsize=128)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(edit_distance.cache_info().maxsize, edit_distance.cache_info().currsize > 0)


def knapsack(items, cap):
    memo = {}

    def best(i, c):
        if i == len(items):
            return 0
        if (i, c) not in memo:
            w, v = items[i]
            r = best(i + 1, c)
            if w <= c:
                r = max(r, v + best(i + 1, c - w))
            memo[i, c] = r
        return memo[i, c]
    return best(0, cap)


print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15))


def lcs(a, b):
    dp = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            dp[i + 1][j + 1] = dp[i][j] + x if x == y else max(dp[i][j + 1], dp[i + 1][j], key=len)
    return dp[-1][-1]


print(repr(lcs("AGGTAB", "GXTXAYB")), repr(lcs("abc", "def")))
print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print(d > 500)


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, (4, 5)], []], [[[[6]]]]])))
nested = []
cur = nested
for i in range(5):
    cur.append([i])
    cur = cur[0]
print(nested)
a = [1]
a.append(a)
print(a, {"self": None} | {})
d = {}
d["me"] = d
print(d)


def count_down(n):
    return count_down(n - 1) + 1


count_down(10)
