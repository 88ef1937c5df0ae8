import itertools as it, operator, random
rng = random.Random(3)
for i in range(800):
    data = [rng.randint(0, 5) for _ in range(rng.randint(0, 6))]
    f = rng.choice(['comb', 'cwr', 'perm', 'prod', 'acc', 'group', 'islice', 'zl', 'pair', 'tee', 'compress', 'dropwhile', 'takewhile', 'chain', 'starmap', 'filterfalse', 'cycle', 'count'])
    r = rng.randint(-1, 4)
    try:
        if f == 'comb': out = list(it.combinations(data, r))
        elif f == 'cwr': out = list(it.combinations_with_replacement(data, r))
        elif f == 'perm': out = list(it.permutations(data, r if rng.random() < 0.8 else None))[:20]
        elif f == 'prod': out = list(it.product(data, data[:2], repeat=max(r, 0) % 3))[:20]
        elif f == 'acc': out = list(it.accumulate(data, rng.choice([operator.add, operator.mul, max, min, None]), initial=rng.choice([None, 0, 10])))
        elif f == 'group': out = [(k, list(g)) for k, g in it.groupby(data, key=rng.choice([None, lambda x: x % 2, lambda x: x > 2]))]
        elif f == 'islice':
            args = [rng.choice([None, 0, 1, 2, 5]) for _ in range(rng.randint(1, 3))]
            if len(args) == 1 and args[0] is None: args = [None]
            out = (args, list(it.islice(data, *args)))
        elif f == 'zl': out = list(it.zip_longest(data, data[::2], fillvalue=rng.choice([None, '-'])))
        elif f == 'pair': out = list(it.pairwise(data))
        elif f == 'tee':
            a, b = it.tee(data); next(a, None); out = (list(a), list(b))
        elif f == 'compress': out = list(it.compress(data, [rng.randint(0, 1) for _ in range(rng.randint(0, 7))]))
        elif f == 'dropwhile': out = list(it.dropwhile(lambda x: x < 3, data))
        elif f == 'takewhile': out = list(it.takewhile(lambda x: x < 3, data))
        elif f == 'chain': out = list(it.chain(data, data[:r], *[[x] for x in data[:2]]))
        elif f == 'starmap': out = list(it.starmap(pow, zip(data, data[::-1])))
        elif f == 'filterfalse': out = list(it.filterfalse(rng.choice([None, lambda x: x % 2]), data))
        elif f == 'cycle': out = list(it.islice(it.cycle(data), 9))
        elif f == 'count': out = list(it.islice(it.count(rng.choice([0, 1.5, -2]), rng.choice([1, 0.5, -1, 2])), 5))
        print(i, f, data, r, out)
    except Exception as e:
        print(i, f, data, r, type(e).__name__, e)
