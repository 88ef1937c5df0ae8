nan = float("nan")
print(sorted([3, nan, 1, 2, nan, 0]), sorted([nan, 5, 4, 3, 2, 1]), sorted([5, 1, nan, 9, 0, 7, 2]), max([1, nan, 3]), min([nan, 1, 0]), max([nan, 1]))
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
for data in [[3, 1, 2], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9, 0, 4, 5, 2, 3, 5, 3, 6], list(range(70, 0, -3)) + list(range(40))]:
    calls.clear()
    r = sorted(K(x) for x in data)
    print(len(calls), calls[:12], r[:5])
    calls.clear()
    max(K(x) for x in data); min(K(x) for x in data)
    print(len(calls), calls[:6])
import functools
print(sorted([5, 3, 9, 1], key=functools.cmp_to_key(lambda a, b: 1)), sorted([5, 3, 9, 1], key=functools.cmp_to_key(lambda a, b: -1)), sorted(range(10), key=functools.cmp_to_key(lambda a, b: (a % 3) - (b % 3))))
import random
r = random.Random(5)
data = [r.randint(0, 50) for _ in range(200)]
calls.clear(); sorted(K(x) for x in data); print(len(calls), sum(a for a, b in calls))
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return bool((self.v * 7 + o.v * 3) % 5 < 2)
    def __repr__(self): return str(self.v)
print(sorted(Bad(i) for i in range(30)))
