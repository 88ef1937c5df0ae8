import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.randrange(10))
print(random.choice("abcdefg"), random.choices(range(10), k=5))
print(random.choices("abc", weights=[1, 5, 10], k=6))
print(random.choices("abc", cum_weights=[1, 5, 10], k=6))
print(random.sample(range(100), 5), random.sample("abcdef", k=3))
l = list(range(15)); random.shuffle(l); print(l)
print(random.uniform(1, 5), random.gauss(0, 1), random.normalvariate(10, 2))
print(random.triangular(), random.triangular(1, 10, 3), random.betavariate(2, 3))
print(random.expovariate(1.5), random.gammavariate(2, 1.5), random.gammavariate(0.5, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.getrandbits(70), random.getrandbits(1), random.randbytes(5))
print(random.randrange(-10, 10), random.randrange(1000000000000000000000))
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-7)
print(random.random())
random.seed(2**100)
print(random.random())
r = random.Random(42)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
print(r.sample(range(10), counts=None, k=4) if False else r.sample(['a', 'b'], counts=[2, 3], k=5))
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.randrange(1.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    random.choices("ab", weights=[1], k=1)
except ValueError as e:
    print(e)
try:
    random.sample({1, 2}, 1)
except TypeError as e:
    print(e)
random.seed(7, version=1)
print(random.random())
r2 = random.Random()
r2.seed(99)
print([r2.randint(0, 9) for _ in range(20)])
print(r2.binomialvariate(10, 0.5) if hasattr(r2, 'binomialvariate') else 'nobinom')
random.seed(0)
print([round(random.gauss(), 6) for _ in range(4)])
print(random.random.__self__.__class__.__name__)
x = list("abcdefghij")
random.seed(1)
print(random.sample(x, len(x)))
print(random.choices(x))
