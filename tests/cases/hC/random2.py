import random
random.seed(2024)
st = random.getstate()
print(st[0], len(st[1]), st[1][:4], st[1][-1], st[2])
print(random.randrange(10.0), random.randrange(0, 10.0, 2) if False else '', random.randint(-5, -1), random.randrange(-10, -100, -7))
class MyRand(random.Random):
    def random(self): return 0.5
mr = MyRand(1)
print(mr.random(), mr.choice("abc"), mr.randint(1, 10), mr.uniform(0, 10), mr.shuffle if False else '', mr.randrange(100))
class Counted(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()
cr = Counted(5)
print(cr.choice(range(100)), cr.sample(range(50), 3), cr.calls, cr.gauss(), cr.calls)
r = random.Random(0)
print([r.randrange(3) for _ in range(20)], r.getrandbits(32), r.getrandbits(0))
print([round(r.expovariate(2), 8) for _ in range(3)], [r.choice([True, False]) for _ in range(8)])
r.seed(10)
print(r.sample(range(1000000), 3), r.sample(range(10), 10), r.choices("xyz", [0, 0, 1], k=3), r.random())
r.seed(0)
big = list(range(200)); r.shuffle(big); print(big[:20])
print(r.sample(population=[1, 2, 3, 4], k=2), r.randbytes(0), r.uniform(5, 1), r.triangular(0, 1, 0), r.triangular(2, 2))
print([r.binomialvariate(5) for _ in range(3)] if hasattr(r, "binomialvariate") else "no binomialvariate")
r.seed("abc", version=2); a = r.random(); r.seed("abc", version=1); b = r.random(); print(a, b)
r.seed(bytearray(b"xyz")); print(r.random())
for bad in [(1, 2, 3), {"a": 1}, [1], 1+2j]:
    try:
        r.seed(bad); print("seeded", type(bad).__name__)
    except TypeError as e:
        print(e)
r.seed(None); print(type(r.random()).__name__)
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(sr.randbytes(4)), sr.randint(3, 3))
try:
    sr.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
random.seed(99)
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
random.shuffle(deck); print(deck[:8])
hands = [deck[i::4][:5] for i in range(4)]; print(hands)
print(random.choices(deck, k=3), random.sample(deck, 2), random.randrange(1, 7), [random.randint(1, 6) for _ in range(10)])
walk = 0
for _ in range(1000):
    walk += random.choice((-1, 1))
print(walk, random.vonmisesvariate(0, 0), random.gauss(mu=5, sigma=0), random.normalvariate())
print(random.betavariate(0.5, 0.5), random.gammavariate(1, 1), random.gammavariate(5, 2), random.paretovariate(1), random.lognormvariate(1, 0.5), random.weibullvariate(2, 0.5))
