import random
random.seed(26)
for i in range(1200):
    kind = random.choice(['ints', 'floats', 'mixed', 'strs', 'tuples', 'empty', 'bools', 'huge'])
    n = random.randint(0, 8)
    if kind == 'ints': data = [random.randint(-50, 50) for _ in range(n)]
    elif kind == 'floats': data = [random.uniform(-10, 10) for _ in range(n)]
    elif kind == 'mixed': data = [random.choice([random.randint(-5, 5), random.uniform(-5, 5), True, 2**70]) for _ in range(n)]
    elif kind == 'strs': data = [''.join(random.choice('abAB') for _ in range(random.randint(0, 3))) for _ in range(n)]
    elif kind == 'tuples': data = [(random.randint(0, 3), random.choice('xyz')) for _ in range(n)]
    elif kind == 'empty': data = []
    elif kind == 'bools': data = [random.choice([True, False]) for _ in range(n)]
    else: data = [random.randint(-2**100, 2**100) for _ in range(n)]
    f = random.choice(['sorted', 'sorted_rev', 'sorted_key', 'min', 'max', 'min_key', 'max_default', 'sum', 'sum_start', 'any', 'all', 'minargs', 'enumerate', 'zip', 'reversed', 'len', 'map'])
    try:
        if f == 'sorted': r = sorted(data)
        elif f == 'sorted_rev': r = sorted(data, reverse=True)
        elif f == 'sorted_key': r = sorted(data, key=lambda v: str(v)[::-1])
        elif f == 'min': r = min(data)
        elif f == 'max': r = max(data)
        elif f == 'min_key': r = min(data, key=lambda v: -hash(str(type(v))) if False else str(v))
        elif f == 'max_default': r = max(data, default='D')
        elif f == 'sum': r = sum(data)
        elif f == 'sum_start': r = sum(data, random.choice([0, 0.5, [], '', (), 10**30]))
        elif f == 'any': r = any(data)
        elif f == 'all': r = all(data)
        elif f == 'minargs': r = min(*data) if data else min(1, 2, key=None)
        elif f == 'enumerate': r = list(enumerate(data, random.randint(-3, 3)))
        elif f == 'zip': r = list(zip(data, data[1:], range(3)))
        elif f == 'reversed': r = list(reversed(data))
        elif f == 'len': r = len(data)
        elif f == 'map': r = list(map(lambda a, b: (a, b), data, data[::-1]))
        print(i, kind, f, repr(r))
    except Exception as e:
        print(i, kind, f, type(e).__name__, e)
for bad in [lambda: min(), lambda: max(5), lambda: min([], default=1, key=len), lambda: max(1, 2, default=0), lambda: sum(['a']), lambda: sum([b'a'], b''), lambda: sum([[1]], []), lambda: sorted([1], key=1), lambda: sorted(1), lambda: sum([1], start=2), lambda: min(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 2**60]), sum(range(10**5)), sum([True, True]), sum([], 0.0))
