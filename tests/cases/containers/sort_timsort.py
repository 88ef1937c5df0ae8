# list.sort follows CPython's algorithm exactly: comparison sequence, partial orders,
# inconsistent comparisons, errors mid-sort, key call order
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % (2 ** 31)
    return state % n

log = []
class K:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o):
        log.append((self.tag, o.tag))
        return self.v < o.v
    def __repr__(self): return f"{self.v}{self.tag}"

def patterns():
    yield [rnd(100) for _ in range(300)]
    yield list(range(200)) + list(range(100))
    yield list(range(300, 0, -1))
    yield [rnd(3) for _ in range(500)]
    yield [i // 7 for i in range(400)] + [rnd(50) for _ in range(50)]
    yield list(range(0, 1000, 3)) + list(range(1, 1000, 3)) + list(range(2, 1000, 3))
    yield [rnd(1000) for _ in range(2000)]
    asc = list(range(100))
    yield asc[:50] + [rnd(100) for _ in range(5)] + asc[50:]
    yield [5] * 70 + [3] * 70 + [9] * 70

for data in patterns():
    log.clear()
    ks = [K(v, i) for i, v in enumerate(data)]
    ks.sort()
    print(len(log), hash(tuple(log)), [k.tag for k in ks][:20])
    log.clear()
    ks = [K(v, i) for i, v in enumerate(data)]
    ks.sort(reverse=True)
    print(len(log), hash(tuple(log)), [k.tag for k in ks][:20])

# partial orders: sets by inclusion
sets = [set(range(rnd(6))) | {rnd(9)} for _ in range(40)]
print(sorted(sets))
print(sorted(sets, reverse=True))
# NaNs
nan = float("nan")
fl = [3.0, nan, 1.0, 2.0, nan, 0.5, 7.0, nan, -1.0] * 5
print(sorted(fl))
mixed = [3, nan, 1, 2.5, nan, 0]
print(sorted(mixed))
# inconsistent comparison
class Liar:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return rnd(2) == 1
    def __repr__(self): return str(self.v)
print(sorted([Liar(i) for i in range(60)]))
# error mid-sort leaves a permutation in CPython's state
class Boom:
    count = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.count += 1
        if Boom.count == 150:
            raise RuntimeError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
bl = [Boom(rnd(100)) for _ in range(100)]
try:
    bl.sort()
except RuntimeError as e:
    print("error", e)
print(bl)
# key call order, and key errors leave the list untouched
calls = []
def key(x):
    calls.append(x)
    return -x
lst = [3, 1, 2]
lst.sort(key=key, reverse=True)
print(lst, calls)
def bad_key(x):
    if x == 2:
        raise ValueError("bad key")
    return x
lst = [3, 1, 2, 0]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(e)
print(lst)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a")], reverse=True))
print(sorted(["b", "B", "a", "A"], key=str.lower, reverse=True))
