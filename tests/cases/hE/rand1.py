import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 5))
print(random.choices(range(10), k=5), random.choices('abc', weights=[1, 5, 10], k=6), random.choices('xyz', cum_weights=[1, 2, 10], k=4))
print(random.sample(range(100), 5), random.sample('abcdefg', k=3))
l = list(range(10)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(70))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 1), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.randbytes(5))
random.seed('hello'); print(random.random())
random.seed(b'bytes'); print(random.random())
random.seed(12345678901234567890); print(random.randint(0, 10**30))
random.seed(-5); print(random.random())
r = random.Random(7); print(r.random(), r.choice([1, 2, 3]))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
for f, args in [(random.randrange, (0,)), (random.randrange, (5, 1)), (random.randrange, (1, 10, 0)), (random.randint, (5, 1)), (random.choice, ([],)), (random.sample, ([1, 2], 3)), (random.randrange, (1.5,)), (random.choices, ([1, 2],), ), (random.sample, ({1, 2}, 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    random.choices('ab', weights=[1], k=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    random.choices('ab', weights=[0, 0])
except Exception as e:
    print(type(e).__name__, e)
random.seed(3)
print([random.randint(1, 6) for _ in range(20)])
print(random.sample(range(10**6), 3), random.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=4))
print(random.randrange(-10, 10), random.randrange(0, 100, 7), random.random())
random.seed(0)
d = list('abcdefghij'); random.shuffle(d); print(''.join(d))
print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'no binomial')
