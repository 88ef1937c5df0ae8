import random
random.seed(100)
def rt():
    return tuple(random.choice([0, 1, 2, 'a', 1.0, True, (1,), None]) for _ in range(random.randint(0, 7)))
for i in range(1500):
    t = rt()
    op = random.choice(['index', 'count', 'slice', 'getitem', 'add', 'mul', 'cmp', 'in', 'hash', 'unpack', 'len', 'tuple', 'sorted'])
    try:
        if op == 'index':
            args = [random.choice([0, 1, 'a', None, 5]), random.randint(-9, 9), random.randint(-9, 9)][:random.randint(1, 3)]
            r = t.index(*args)
        elif op == 'count': r = t.count(random.choice([0, 1, 'a', None, True, 1.0]))
        elif op == 'slice': r = t[random.choice([None, random.randint(-9, 9)]):random.choice([None, random.randint(-9, 9)]):random.choice([None, 1, -1, 2, -2, 3])]
        elif op == 'getitem': r = t[random.randint(-9, 9)]
        elif op == 'add': r = t + random.choice([(), (9,), [9], 'x'])
        elif op == 'mul': r = t * random.randint(-1, 3)
        elif op == 'cmp':
            o = rt()
            r = (t == o, t != o, t < o if random.random() < 0.5 else t >= o)
        elif op == 'in': r = random.choice([0, 'a', None, (1,), 2.0]) in t
        elif op == 'hash': r = hash(t) == hash(tuple(list(t)))
        elif op == 'unpack':
            a, *b = t
            r = (a, b)
        elif op == 'len': r = len(t)
        elif op == 'tuple': r = tuple(reversed(t))
        elif op == 'sorted': r = sorted(t)
        print(i, op, t, repr(r))
    except Exception as e:
        print(i, op, t, type(e).__name__, e)
for bad in [lambda: ().index(1), lambda: (1,).index(), lambda: (1,)[1.5], lambda: (1,)['a'], lambda: tuple(5), lambda: (1,) + None, lambda: (1, 2)[::0], lambda: hash(([],)), lambda: tuple([1], [2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
