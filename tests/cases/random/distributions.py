# Every distribution, many draws each, must match CPython bit for bit.
import random

r = random.Random(314159)
def show(name, f, n=12):
    # Rounded: libm's cos/acos/exp may differ in the last bit between platforms (glibc vs
    # wasi-libc), as they do between CPython builds.
    print(name, [round(x, 11) if isinstance(x, float) else x for x in (f() for _ in range(n))])

show('random', r.random)
show('uniform', lambda: r.uniform(-3, 7))
show('uniform_rev', lambda: r.uniform(5, 1))
show('triangular', lambda: r.triangular())
show('triangular_m', lambda: r.triangular(0, 10, 8))
show('triangular_eq', lambda: r.triangular(2, 2))
show('triangular_rev', lambda: r.triangular(10, 0, 3))
show('normalvariate', lambda: r.normalvariate(10, 3))
show('normalvariate0', lambda: r.normalvariate())
show('gauss', lambda: r.gauss())
show('gauss_ms', lambda: r.gauss(100, 15))
show('lognormvariate', lambda: r.lognormvariate(0, 0.5))
show('expovariate', lambda: r.expovariate(1.5))
show('vonmises', lambda: r.vonmisesvariate(0, 4))
show('vonmises_small', lambda: r.vonmisesvariate(1, 1e-7))
show('vonmises_mu', lambda: r.vonmisesvariate(3, 0.5))
show('gamma_lt1', lambda: r.gammavariate(0.3, 2))
show('gamma_eq1', lambda: r.gammavariate(1.0, 3))
show('gamma_gt1', lambda: r.gammavariate(5, 0.5))
show('gamma_big', lambda: r.gammavariate(100, 1))
show('beta', lambda: r.betavariate(2, 5))
show('beta_small', lambda: r.betavariate(0.5, 0.5))
show('pareto', lambda: r.paretovariate(3))
show('weibull', lambda: r.weibullvariate(2, 1.5))
show('randint', lambda: r.randint(-5, 5), 30)
show('randint_big', lambda: r.randint(0, 10**40))
show('randrange1', lambda: r.randrange(7), 30)
show('randrange2', lambda: r.randrange(-100, 100))
show('randrange3', lambda: r.randrange(0, 100, 5))
show('randrange_neg', lambda: r.randrange(100, 0, -3))
show('randrange_neg2', lambda: r.randrange(-1, -20, -7))
show('choice', lambda: r.choice('abcdefghij'), 30)
show('choice_range', lambda: r.choice(range(10**6)))
show('choice_tuple', lambda: r.choice((1, 2.5, 'x', None)))
show('getrandbits', lambda: r.getrandbits(70))

for n in range(0, 12):
    l = list(range(n))
    r.shuffle(l)
    print('shuffle', n, l)

# sample: both the pool and the set algorithms
for n, k in [(0, 0), (5, 0), (5, 5), (10, 3), (21, 21), (22, 5), (30, 10), (100, 6),
             (100, 50), (1000, 10), (10**6, 20), (150, 149)]:
    print('sample', n, k, r.sample(range(n), k))
print(r.sample('abcdefg', 4), r.sample(('a', 'b', 'c'), 2), r.sample([3, 1, 2], k=3))
print(r.sample(['red', 'blue'], counts=[4, 2], k=5))
print(r.sample(range(5), 3, counts=[0, 1, 0, 5, 2]))

# choices with and without weights
print(r.choices('abcd', k=10))
print(r.choices(range(100), k=8))
print(r.choices('abcd', [10, 1, 1, 50], k=10))
print(r.choices('abcd', weights=[0.1, 0.2, 0.3, 0.4], k=10))
print(r.choices('abcd', cum_weights=[1, 1, 5, 10], k=10))
print(r.choices(['x', 'y'], [1, 0], k=4))
print(r.choices('abc'), r.choices('abc', k=0))
print(r.choices([1, 2, 3], weights=(2**60, 1, 1), k=5))

# _randbelow for widths around powers of two
for n in [1, 2, 3, 4, 5, 7, 8, 9, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 1, 10**20]:
    print('randbelow', n, [r._randbelow(n) for _ in range(4)])
