import random
for seed in (0, 1, 42, -7, 2**70, 'hello', b'bytes', 3.5, bytearray(b'xy')):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7))
random.seed(12345)
print([random.choice('abcdefg') for _ in range(10)])
print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 10, 100], k=8))
print(random.choices('abc', cum_weights=[1, 2, 3], k=4))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample('abcdef', 3), random.sample(range(10), k=4, counts=None) if False else '')
print(random.sample(['x', 'y'], counts=[3, 2], k=4))
print(random.uniform(1, 10), random.triangular(0, 10, 3), random.gauss(0, 1), random.normalvariate(5, 2))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5))
print(random.randrange(10**30), random.randint(-10**20, 10**20))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(99); print(r.random(), r.randint(0, 9), r.choice([1, 2, 3]))
r2 = random.Random('abc'); print(r2.random())
random.seed(5, version=1); print(random.random())
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randint(3, 1),
            lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(1.5),
            lambda: random.getrandbits(-1), lambda: random.choices('ab', weights=[1], k=2),
            lambda: random.sample({1, 2}, 1), lambda: random.randrange(0, 10, 0),
            lambda: random.choices('ab', weights=[0, 0]), lambda: random.seed([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
random.seed(2024)
print(random.randrange(-5, 5), random.randrange(10, 0, -3), random.binomialvariate(10, 0.3) if hasattr(random, 'binomialvariate') else '-')
