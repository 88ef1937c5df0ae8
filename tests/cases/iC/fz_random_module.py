import random
rng = random.Random(98)
random.seed(99)
calls = [
    ('randrange', lambda: (rng.randint(-5, 20),)), ('randrange', lambda: (rng.randint(-5, 5), rng.randint(-5, 20))),
    ('randrange', lambda: (rng.randint(-5, 5), rng.randint(-5, 20), rng.choice([1, 2, -1, 3, 0]))),
    ('randint', lambda: (rng.randint(-5, 5), rng.randint(-5, 5))), ('choice', lambda: (rng.choice([[], [1], 'abc', (4, 5, 6), range(0), range(10**20)]),)),
    ('choices', lambda: (list('abcde'),)), ('sample', lambda: (list(range(10)), rng.randint(-1, 11))),
    ('uniform', lambda: (rng.uniform(-5, 5), rng.uniform(-5, 5))), ('getrandbits', lambda: (rng.randint(-1, 130),)),
    ('random', lambda: ()), ('triangular', lambda: (0, 10, rng.choice([None, 3, 20]))), ('gauss', lambda: (0, 1)),
    ('normalvariate', lambda: (5, 2)), ('expovariate', lambda: (rng.choice([1.5, 0.5]),)), ('betavariate', lambda: (2, 3)),
    ('gammavariate', lambda: (rng.choice([0.5, 1.0, 3.0]), 2)), ('lognormvariate', lambda: (0, 1)), ('vonmisesvariate', lambda: (1, 2)),
    ('paretovariate', lambda: (3,)), ('weibullvariate', lambda: (1, 2)), ('randbytes', lambda: (rng.randint(0, 6),)),
    ('randrange', lambda: (rng.choice([1.0, 2.5, '3', 10**30]),)),
]
for i in range(1500):
    name, mk = rng.choice(calls)
    args = mk()
    try:
        if name == 'choices':
            r = random.choices(*args, weights=rng.choice([None, [1, 2, 3, 4, 5], [0, 0, 0, 0, 1]]), k=rng.randint(0, 5))
        else:
            r = getattr(random, name)(*args)
        print(i, name, args if name != 'choice' else '', repr(r))
    except Exception as e:
        print(i, name, args, type(e).__name__, e)
x = list(range(20))
random.shuffle(x)
print(x, random.sample(range(100), 5), random.sample('abcdefg', k=3), random.choices('ab', cum_weights=[1, 2], k=4))
for bad in [lambda: random.choices('ab', weights=[1], k=1), lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.shuffle((1, 2)), lambda: random.choice({}), lambda: random.choices([], k=1), lambda: random.seed([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed('hello'); a = random.random()
random.seed(b'hello'); b = random.random()
random.seed(3.5); c = random.random()
random.seed(-7); d = random.random()
random.seed(2**100); e = random.random()
print(a, b, c, d, e)
st = random.getstate(); v1 = random.random(); random.setstate(st); print(v1 == random.random())
