import itertools as it, copy, operator
g = it.groupby("aabbbc")
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
groups = [(k, g) for k, g in it.groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
t1, t2, t3 = it.tee(iter(range(5)), 3)
print(next(t1), next(t1), list(t2), list(t1), list(t3))
t4 = copy.copy(t1); print(list(t4))
a, b = it.tee("abc")
print(type(a).__name__, list(it.zip_longest(a, b, "xy")))
c = it.count(0.5, 0.25); print([next(c) for _ in range(4)], c)
c2 = it.count(2 ** 64); next(c2); print(c2)
print(list(it.accumulate("abc")), list(it.accumulate([[1], [2]], initial=[0])), list(it.accumulate(range(5), lambda a, b: a * 10 + b)))
print(list(it.product(range(2), repeat=3))[:5], len(list(it.product("abc", "de", repeat=2))))
print(list(it.permutations([1, 1, 2])), list(it.combinations([3, 1, 2], 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement("ab", 0)))
print(list(it.starmap(operator.add, zip([1, 2], [3, 4]))), list(it.starmap(lambda *a: a, ["ab", "cd"])))
print(list(it.islice(it.count(), 0, 10, 3)), list(it.islice(range(10), 8, 2)), list(it.islice(range(10), None)), list(it.islice("abc", 1, None)))
cy = it.cycle([]); print(list(it.islice(cy, 3)))
print(list(it.chain.from_iterable([[1], [], [2, 3]])), list(it.chain()), list(it.compress(range(5), it.cycle([1, 0]))))
r = it.repeat([1], 2); lst = list(r); print(lst, lst[0] is lst[1])
print(list(map(pow, range(5), it.repeat(2))), list(zip(it.count(1), "abc")))
print(sum(1 for _ in it.combinations(range(20), 3)), list(it.pairwise([])), list(it.pairwise(it.count()))[:0] if False else '')
data = sorted([("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)], key=operator.itemgetter(0))
print({k: [v for _, v in g] for k, g in it.groupby(data, key=operator.itemgetter(0))})
print([len(list(g)) for _, g in it.groupby("aaabccdddd")], ["".join(g) for _, g in it.groupby("mississippi")])
print(list(it.takewhile(bool, [1, 2, 0, 3])), list(it.dropwhile(bool, [1, 2, 0, 3])), list(it.filterfalse(lambda x: x % 3, range(10))))
z = it.zip_longest([1, 2], [3]); print(next(z), next(z)); print(list(z))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate([5], func=operator.sub)))
def running_avg(xs):
    for i, tot in enumerate(it.accumulate(xs), 1):
        yield tot / i
print(list(running_avg([2, 4, 6, 8])))
print(list(it.islice(it.permutations(range(10)), 3)), next(it.combinations(range(100), 50))[:5])
try:
    next(it.islice([], 0, None, 0))
except ValueError as e:
    print(e)
try:
    it.islice([], 1.5)
except ValueError as e:
    print(e)
try:
    it.count(1, "x")
except TypeError as e:
    print(e)
print(repr(it.repeat("x")), repr(it.repeat("x", 0)), repr(it.count(5, -1)), repr(it.count(1.0)))
