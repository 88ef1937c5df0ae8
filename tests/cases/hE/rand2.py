import random, itertools, collections, functools, statistics
r = random.Random(2024)
print(r.sample(range(10**9), 5), r.sample(range(30), 25), r.sample(list('abcdefghijklmnopqrstuvwxyz'), 26)[:5])
print([r.randrange(10**20) for _ in range(3)], r.randrange(-5, 5, 3), r.getrandbits(1), r.getrandbits(0), r.randint(-10**20, 10**20))
print(r.choices(['a', 'b'], [0.3, 0.7]), r.choices(range(5), k=0), r.uniform(5, 1), r.triangular(), r.triangular(1, 2, 1.5))
x = list(range(100)); r.shuffle(x); print(x[:10])
print(r.gauss(), r.gauss(), r.normalvariate(), r.expovariate(1.0), r.binomialvariate() if hasattr(r, 'binomialvariate') else '')
r.seed(1.5); print(r.random())
r.seed((1, 2)) if False else r.seed(None if False else 99); print(r.random())
try:
    r.seed([1, 2])
except TypeError as e: print(e)
try:
    r.sample([1, 2, 3], -1)
except ValueError as e: print(e)
try:
    r.getrandbits(-1)
except ValueError as e: print(e)
try:
    r.randrange(1, 2, 1.5)
except Exception as e: print(type(e).__name__, e)
try:
    r.randrange(10.0)
except Exception as e: print(type(e).__name__, e)
try:
    r.choices([], k=1)
except Exception as e: print(type(e).__name__, e)
try:
    r.randint(1.5, 3)
except Exception as e: print(type(e).__name__, e)
try:
    r.shuffle((1, 2))
except Exception as e: print(type(e).__name__, e)
class MyR(random.Random):
    def random(self):
        return 0.5
m = MyR(); print(m.random(), m.choice('abc'), m.randint(1, 10), m.uniform(0, 10))
random.seed(5); a = [random.random() for _ in range(3)]; random.seed(5); print(a == [random.random() for _ in range(3)])
random.seed(10); print(random.randbytes(8).hex(), random.getrandbits(33), random.choice(range(1000)))
random.seed(7); print(random.sample(population=range(50), k=5), random.sample(range(50), 5, counts=None))
print(random.Random(0).random(), random.Random('a').random(), random.Random(b'a').random(), random.Random(2**100).random(), random.Random(-2**70).random(), random.Random(0.0).random())
s = random.Random(3).getstate(); print(s[0], len(s[1]), s[2])
rr = random.Random(); rr.setstate(s); print(rr.random())
print(random.Random(1).choices([1, 2, 3], cum_weights=[0.2, 0.5, 1.0], k=5), random.Random(1).vonmisesvariate(0, 0), random.Random(4).lognormvariate(1, 0.5))
random.seed(123)
print([round(random.gauss(100, 15), 3) for _ in range(5)])
deck = [f'{r}{s}' for r in '23456789TJQKA' for s in 'shdc']
random.seed(8); random.shuffle(deck); print(deck[:8])
random.seed(42)
print(sorted(random.sample(range(1, 50), 6)), random.choice(['rock', 'paper', 'scissors']), round(random.uniform(-1, 1), 6))
