import random
import statistics
from collections import Counter

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1, 2), random.choice("abcdef"))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 5), random.choices(["x", "y", "z"], weights=[5, 1, 1], k=8))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
print(random.randrange(0, 100, 7), random.getrandbits(70), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 1.5))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(123)
print(r.randint(0, 10**30), r.randbytes(6).hex())
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(3.5) if False else random.seed(7)
print(random.sample(deck, k=3))

class Walker:
    def __init__(self, rng):
        self.rng = rng
        self.pos = 0
        self.trace = [0]
    def step(self):
        self.pos += self.rng.choice((-1, 1))
        self.trace.append(self.pos)

rng = random.Random(2024)
walkers = [Walker(rng) for _ in range(5)]
for _ in range(100):
    for w in walkers:
        w.step()
print([w.pos for w in walkers], [max(w.trace) for w in walkers])
dice = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
for total in range(2, 13):
    print(f"{total:2d} {dice[total]:4d} {'#' * (dice[total] // 20)}")
samples = [rng.gauss(50, 10) for _ in range(500)]
print(round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6), round(statistics.median(samples), 6))
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.quantiles(range(1, 11), n=4))
print(statistics.pvariance([1, 2, 3, 4]), statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
try:
    random.randint(1, 0.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 10), round(nd.inv_cdf(0.9), 10), nd.mean, nd.stdev)
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
