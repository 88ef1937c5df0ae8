import itertools
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 10)))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, fib()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], range(2), {"k": 1}, (x for x in "z"))))
def flatten(x):
    for i in x:
        if isinstance(i, list): yield from flatten(i)
        else: yield i
print(list(flatten([1, [2, [3, [4, []]], 5]])))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return sum(squares)
print(pipeline())
gen = (x * 2 for x in range(3))
print(next(gen), next(gen), next(gen), next(gen, "exhausted"))
def averager():
    total = count = 0
    avg = None
    while True:
        val = yield avg
        if val is None: break
        total += val; count += 1
        avg = total / count
    return (count, avg)
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, vals in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key); next(g)
    for v in vals: g.send(v)
    g.send(None)
print(results)
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try: yield next(g)
            except StopIteration: gens.remove(g)
print(list(interleave("abc", [1, 2], "XYZW")))
print(list(zip(*(iter("abcdef"),) * 2)), list(map(sum, zip(*[[1, 2], [3, 4]]))))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 2], max)), list(itertools.accumulate([1, 2], initial=10)))
print(list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 4, 1])))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations(range(3), 2)), list(itertools.combinations("abc", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.pairwise("abcd")), list(itertools.filterfalse(None, [0, 1, 0, 2])), [list(t) for t in itertools.tee("ab", 2)], list(itertools.repeat("x", 3)), list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.islice(itertools.count(1, 0.5), 3)))
def lazy():
    print("started")
    yield 1
g = lazy()
print("created")
print(next(g))
def early_binding():
    data = [1, 2, 3]
    g = (x for x in data)
    data = [4, 5]
    return list(g)
print(early_binding())
def late_cond():
    lim = 2
    g = (x for x in range(5) if x < lim)
    lim = 4
    return list(g)
print(late_cond())
def gen_send_none():
    x = yield 1
    print("x =", x)
    yield 2
g = gen_send_none(); print(next(g)); print(next(g))
def yield_in_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in yield_in_try():
    if v == 1: break
print("after loop")
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "finally-return"
g = gen_return_in_finally(); next(g)
try: g.throw(ValueError)
except StopIteration as e: print("StopIteration value", e.value)
print(sum(x for x in range(101)), max((len(w), w) for w in "a bb ccc".split()), sorted((x for x in "cab"), reverse=True), any(x > 5 for x in range(10)), "".join(c.upper() for c in "abc"))
