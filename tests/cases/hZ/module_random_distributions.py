import random
for seed in (0, 1, 42, 2**64 + 7, -3, "abc", b"xyz", bytearray(b"q"), 3.5):
    try:
        random.seed(seed)
        print(repr(seed)[:12], random.random(), random.randrange(10**20), random.randint(-5, 5), random.getrandbits(100))
    except TypeError as e:
        print(e)
random.seed(7)
print(random.sample(range(10**9), 3), random.sample(["a", "b", "c"], counts=[1, 2, 3], k=4), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(random.choice(range(100)), random.randrange(0, 100, 5), random.randrange(-10, -2), random.uniform(-1, 1), random.triangular(), random.binomialvariate(10, 0.3) if hasattr(random, "binomialvariate") else "")
l = list(range(30)); random.shuffle(l); print(l)
print(random.gauss(), random.gauss(), random.normalvariate(), random.lognormvariate(0, 0.5), random.expovariate(1.0), random.vonmisesvariate(0, 0), random.gammavariate(0.5, 2), random.gammavariate(5, 1), random.betavariate(0.5, 0.5), random.paretovariate(1), random.weibullvariate(2, 0.5))
r = random.Random(99); print(r.random(), r.choice("xyz"), r.randbytes(3))
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(1); print(m.random(), m.choice([1, 2, 3]), m.randint(1, 10))
for bad in (lambda: random.sample({1, 2}, 1), lambda: random.choices([1], weights=[1], cum_weights=[1]), lambda: random.choices([1, 2], weights=[1]), lambda: random.randrange(1, 2, 0), lambda: random.randrange(1.5), lambda: random.sample([1], -1), lambda: random.choices([], k=1)):
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random(), type(st).__name__, len(st))
