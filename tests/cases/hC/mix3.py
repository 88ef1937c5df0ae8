import heapq, bisect, dataclasses, collections, itertools, functools, operator
@dataclasses.dataclass(order=True)
class Task:
    priority: int
    name: str = dataclasses.field(compare=False)
pq = []
for p, n in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(pq, Task(p, n))
print([heapq.heappop(pq).name for _ in range(len(pq))])
entries = []
counter = itertools.count()
for p, n in [(2, "b"), (1, "a"), (2, "c"), (1, "d")]:
    heapq.heappush(entries, (p, next(counter), n))
print(heapq.nsmallest(3, entries), [e[2] for e in sorted(entries)])
scores = sorted([("ann", 82), ("bob", 67), ("cy", 91), ("di", 75)], key=operator.itemgetter(1))
keys = [s for _, s in scores]
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]], bisect.bisect_left(scores, 80, key=lambda t: t[1]), scores[bisect.bisect_left(keys, 80)])
c = collections.Counter()
c.update("hello"); c.update(l=2, z=1); c.update({"h": -1})
print(c, c.most_common(), c.most_common(2), list(c), c.total(), sorted(c.elements()))
c2 = collections.Counter("abcabc") - collections.Counter("ab")
print(c2, collections.Counter("aab") == collections.Counter("aba"), collections.Counter(a=1) < collections.Counter(a=2), collections.Counter(a=1, b=1) <= collections.Counter(a=1))
print(list(itertools.chain.from_iterable(itertools.repeat("ab", 3))), functools.reduce(operator.mul, range(1, 11)), list(itertools.accumulate(range(1, 6), operator.mul)))
d = collections.defaultdict(lambda: "N/A", {"a": 1}); print(d["a"], d["b"], sorted(d.items()))
inv = collections.defaultdict(set)
for k, v in [("x", 1), ("y", 1), ("x", 2)]: inv[v].add(k)
print({k: sorted(v) for k, v in sorted(inv.items())})
dq = collections.deque(maxlen=3)
for i in range(6): dq.append(i); print(list(dq), end=" ")
print()
window_avg = [sum(w) / 3 for w in zip(*(itertools.islice(range(10), i, None) for i in range(3)))]
print(window_avg)
print(sorted(["b10", "a2", "a10", "b1"], key=lambda s: (s[0], int(s[1:]))), sorted("Hello World".split(), key=str.lower), max("apple banana cherry".split(), key=len))
