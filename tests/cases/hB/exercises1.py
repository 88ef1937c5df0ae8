from functools import lru_cache, reduce
import itertools, operator
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)], fib(100), fib.cache_info())
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None: moves = []
    if n: hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(5)), hanoi(2))
def primes(n):
    sieve = [True] * (n + 1); sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]: sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, p in enumerate(sieve) if p]
print(primes(60), sum(primes(1000)), len(primes(10000)))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix[::-1])], [[r[i] for r in matrix] for i in range(3)], sum(map(sum, matrix)), [matrix[i][i] for i in range(3)])
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, 'abc', '>'), list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations(range(4), 3)), list(itertools.product('ab', repeat=2)), list(itertools.chain.from_iterable([[1], [2, 3]])))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')], list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.compress('abcd', [1, 0, 1, 0])))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, (3, [4])], 5])))
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]: a[j], a[j + 1] = a[j + 1], a[j]
    return a
print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble(['b', 'a']))
def binsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x: return mid
        if a[mid] < x: lo = mid + 1
        else: hi = mid - 1
    return -1
print([binsearch(list(range(0, 20, 2)), x) for x in (0, 8, 18, 7, 20)])
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), [n for n in range(1, 30) if sum(d for d in range(1, n) if n % d == 0) == n])
counts = {}
for ch in 'hello world':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True)[:3], max(counts.items(), key=lambda kv: kv[1]))
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter(); c(); c(5)
print(c(), c.__name__, c.__closure__[0].cell_contents)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
def dec(fn):
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f'{fn.__name__}{a} -> {r}')
        return r
    return wrapper
@dec
def add(x, y): return x + y
add(2, 3); print(add.__name__)
squares = {x: x * x for x in range(6)}
evens = [x for x in range(20) if x % 2 == 0 if x % 3 == 0]
pairs = [(x, y) for x in range(3) for y in range(x)]
print(squares, evens, pairs, [[0] * 3 for _ in range(2)], {c for c in 'banana'} == set('abn'))
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))), sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])), any(c.isdigit() for c in 'ab3'), all(map(str.isalpha, ['a', 'b1'])))
s = 'The quick brown fox'
print(' '.join(w[::-1] for w in s.split()), ' '.join(s.split()[::-1]), s[::-1], {w: len(w) for w in s.lower().split()}, sorted(s.lower().split(), key=lambda w: (-len(w), w)))
def roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    out = ''
    for v, r in vals:
        q, n = divmod(n, v)
        out += r * q
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
print(int('1010', 2), bin(10)[2:].zfill(8), format(10, '08b'), int('ff', 16), '{:o}'.format(64), sum(int(d) for d in str(2 ** 100)), len(str(2 ** 1000)))
