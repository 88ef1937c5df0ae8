import random
import statistics
from collections import Counter
import itertools

random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print(random.random(), random.uniform(-1, 1), random.randrange(0, 100, 7))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:13])
hands = [sorted(deck[i::4][:5]) for i in range(4)]
print(hands)
print(random.choice(deck), random.sample(range(100), 5), random.sample(deck, k=3))
print(random.choices("abc", weights=[5, 1, 1], k=10))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=8))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.betavariate(2, 3), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.gammavariate(2.0, 1.0), 10), round(random.vonmisesvariate(0, 1), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
print(random.getrandbits(70), random.randbytes(6).hex())

r = random.Random(7)
rolls = Counter(r.randint(1, 6) + r.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:>2} {rolls[total]:>4} {'#' * (rolls[total] // 20)}")
print(rolls.most_common(3))

r2 = random.Random("seed string")
print(r2.random(), r2.randint(0, 10**30))
r3 = random.Random(b"bytes")
print(r3.random())
r4 = random.Random(3.5)
print(r4.random())
r5 = random.Random(-99)
print(r5.random())
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])

# Monte Carlo pi
rng = random.Random(2024)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

# random walk
rng = random.Random(1)
pos = 0
trace = []
for _ in range(30):
    pos += rng.choice((-1, 1))
    trace.append(pos)
print(trace, max(trace), min(trace))
data = [rng.gauss(50, 10) for _ in range(200)]
print(round(statistics.mean(data), 6), round(statistics.median(data), 6), round(statistics.stdev(data), 6))
print(round(statistics.pvariance(data), 6), statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.fmean([1, 2, 4]))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([54, 24, 36]))
lst = list(range(10))
rng.shuffle(lst)
print(lst)
print(sorted(rng.sample(sorted({3, 1, 4, 1, 5, 9, 2, 6}), 4)))
try:
    rng.sample(range(3), 5)
except ValueError as e:
    print("ValueError", e)
try:
    rng.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    rng.randint(5, 1)
except ValueError as e:
    print("ValueError", e)
try:
    rng.randrange(0)
except ValueError as e:
    print("ValueError", e)
print(rng.randrange(10, 0, -3), rng.binomialvariate(10, 0.5) if hasattr(rng, "binomialvariate") else "n/a")
combos = list(itertools.combinations(range(5), 3))
print(len(combos), rng.choice(combos))
