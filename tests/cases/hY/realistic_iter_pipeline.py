import io, functools, itertools
data = io.StringIO("alpha 3\nbeta 1\n\ngamma 2\ndelta x\n")
lines = list(iter(data.readline, ""))
print(lines)
def parse(line):
    name, _, num = line.strip().partition(" ")
    return name, int(num)
good, bad = [], []
for ln in filter(str.strip, lines):
    try:
        good.append(parse(ln))
    except ValueError as e:
        bad.append((ln.strip(), str(e)))
print(good, bad)
by_num = sorted(good, key=lambda p: p[1])
print(by_num, list(map(lambda p: p[0].upper(), by_num)))
names, nums = zip(*good)
print(names, nums, sum(nums), max(zip(nums, names)), min(good, key=lambda p: (p[1], p[0])))
print(dict(zip(names, nums)), list(enumerate(names, start=1)), list(reversed(names)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], list(map(sum, zip(*matrix))))
counter = itertools.count()
tick = functools.partial(next, counter)
print(list(iter(tick, 4)))
class Countdown:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return self.n - i
c = Countdown(4)
print(list(c), list(reversed(c)), 2 in c, sorted(c), sum(c), list(enumerate(c)))
def gen():
    yield 1
    raise StopIteration("x")
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError", e)
def stop_in_map(x):
    if x == 2: raise StopIteration
    return x * 10
print(list(map(stop_in_map, [1, 2, 3])))
it = map(stop_in_map, [1, 2, 3])
print(next(it), next(it, "end"), next(it, "again"))
z = zip(range(3), "abcd")
print(list(z), list(z))
e = enumerate(x * x for x in range(4))
print(next(e), list(e))
print(any(x > 2 for x in [1, 5, 2]), all(map(str.isalpha, ["a", "b1"])), sum(1 for _ in filter(None, [0, 1, "", "x"])))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top, max(freq, key=freq.get), sorted(freq, key=len, reverse=True)[:3])
print(list(itertools.islice(zip(itertools.cycle("ab"), range(10)), 3)), list(filter(lambda w: len(w) > 4, words)))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3])), list(map(pow, [2, 3], [3, 2])))
