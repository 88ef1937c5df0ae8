import itertools as it, operator, collections, functools
def take(n, iterable): return list(it.islice(iterable, n))
def tabulate(f, start=0): return map(f, it.count(start))
def nth(iterable, n, default=None): return next(it.islice(iterable, n, None), default)
def all_equal(iterable):
    g = it.groupby(iterable); return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool): return sum(map(pred, iterable))
def ncycles(iterable, n): return it.chain.from_iterable(it.repeat(tuple(iterable), n))
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill": return it.zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict": return zip(*args, strict=True)
    if incomplete == "ignore": return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while num_active:
        try:
            for nxt in nexts: yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = it.tee(iterable); return it.filterfalse(pred, t1), filter(pred, t2)
def powerset(iterable):
    s = list(iterable); return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for e in iterable:
        k = e if key is None else key(e)
        if k not in seen: seen.add(k); yield e
def unique_justseen(iterable, key=None): return map(next, map(operator.itemgetter(1), it.groupby(iterable, key)))
def sliding_window(iterable, n):
    itr = iter(iterable); window = collections.deque(it.islice(itr, n), maxlen=n)
    if len(window) == n: yield tuple(window)
    for x in itr: window.append(x); yield tuple(window)
def first_true(iterable, default=False, pred=None): return next(filter(pred, iterable), default)
def random_product_like(*args, repeat=1): return [tuple(pool[0] for pool in map(tuple, args)) * repeat]
def iter_except(func, exception):
    try:
        while True: yield func()
    except exception: pass
def before_and_after(predicate, it_):
    it_ = iter(it_); transition = []
    def true_iterator():
        for elem in it_:
            if predicate(elem): yield elem
            else: transition.append(elem); return
    def remainder_iterator():
        yield from transition; yield from it_
    return true_iterator(), remainder_iterator()
print(take(5, tabulate(lambda x: x * x)), nth(range(10), 3), nth([], 2, "d"), all_equal("aaa"), all_equal("aab"), quantify([1, 0, 2]))
print(list(ncycles("ab", 3)), list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try: list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e: print("ValueError", e)
try: list(zip([1, 2, 3], [1], strict=True))
except ValueError as e: print("ValueError", e)
try: list(zip([1], [1, 2], [3, 4], strict=True))
except ValueError as e: print("ValueError", e)
print(list(roundrobin("ABC", "D", "EF")), [list(x) for x in partition(lambda x: x % 2, range(10))], list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window("ABCDEFG", 4)), first_true([0, None, 3, 4]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 5))
d = {1: "a", 2: "b"}; print(list(iter_except(d.popitem, KeyError)))
a, b = before_and_after(str.isupper, "ABCdEfGhI"); print("".join(a), "".join(b))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.pairwise("ABCD")), list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.product("ab", repeat=2)))
print(list(it.permutations(range(3), 2)), list(it.combinations_with_replacement("ABC", 2)), [(k, list(g)) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.islice("ABCDEFG", 2, None, 2)), list(it.islice(it.count(10, 0.5), 3)), list(it.repeat("x", 0)), list(it.zip_longest("ab", "xyz", fillvalue="-")))
for bad in [lambda: it.islice("a", -1), lambda: it.islice("a", 0, 1, 0), lambda: it.repeat(1, "x"), lambda: it.combinations("ab", -1), lambda: it.product(1), lambda: it.tee([], -1), lambda: it.chain(1, 2).__next__()]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(repr(it.count(5)), repr(it.count(1.5, 2)), repr(it.repeat(3, 2)), repr(it.repeat("a")))
c = it.count(); next(c); print(repr(c))
print(functools.reduce(lambda x, y: x * 10 + y, [1, 2, 3]), list(map(len, it.chain(["ab"], ("cde",)))), sum(it.chain.from_iterable([[1, 2], [3]])))
