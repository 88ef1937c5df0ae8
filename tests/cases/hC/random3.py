import random
r = random.Random(123)
for bad in [lambda: r.shuffle([1, 2], random=lambda: 0.5), lambda: r.choices("ab", weights=[0, 0]), lambda: r.choices("ab", weights=[1, -1], k=3), lambda: r.choices("ab", weights=[float("inf"), 1]),
            lambda: r.choices("", k=2), lambda: r.sample("abc", 2, counts=[1, 1]), lambda: r.sample("abc", 4, counts=[1, 1, 1]), lambda: r.sample("ab", 1, counts=[0, -1]), lambda: r.sample("ab", 1, counts=[1.5, 1]),
            lambda: r.randrange(0, 10, 2.5), lambda: r.randrange("5"), lambda: r.randint(1.5, 3), lambda: r.getrandbits(1.5), lambda: r.randbytes(-1), lambda: r.expovariate(0), lambda: r.gammavariate(-1, 1),
            lambda: r.betavariate(0, 1), lambda: r.vonmisesvariate(1, -1), lambda: r.paretovariate(0), lambda: r.uniform("a", 1), lambda: r.triangular(1, 0, 5), lambda: r.choice(5), lambda: r.sample(5, 1), lambda: r.randrange(10, 0)]:
    try:
        print("ok", bad())
    except Exception as e:
        print(type(e).__name__, e)
print(r.sample("abc", 3, counts=[2, 0, 3]), r.choices("abc", [0.1, 0, 0.9], k=4), r.choices(range(3), cum_weights=[0, 0, 1], k=2))
print(r.randrange(-5, 5, 3), r.randrange(100, 0, -7), r.randrange(2 ** 80, 2 ** 81), r.randint(-2 ** 70, 2 ** 70), r.getrandbits(200))
print([r.randrange(1, 2) for _ in range(3)], r.uniform(3, 3), r.triangular(5, 1), r.triangular(1, 5, 5), r.gauss(0, 0))
print(r.choices([1, 2, 3], k=0), r.sample([], 0), r.sample(range(10 ** 12), 2), r.sample(tuple("xyz"), 3), r.sample(list(range(30)), 25)[:5])
big = list(range(1000)); r.shuffle(big); print(big[:10], sum(big))
print(r.random() < 1, type(r.randbytes(3)).__name__, r.expovariate(), r.normalvariate(mu=1), r.lognormvariate(0, 0))
r2 = random.Random(); r2.setstate(r.getstate()); print(r2.random() == r.random())
try:
    r2.setstate((1, 2))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    r2.setstate((99, (), None))
except ValueError as e:
    print(e)
random.seed(42)
print(random.random(), random.Random(42).random(), random.randint(0, 10 ** 20))
print(random.Random(0.5).random(), random.Random(-0.5).random(), random.Random(1e300).random(), random.Random(float("nan")).random() if False else '', random.Random(True).random(), random.Random(2 ** 31 - 1).random(), random.Random(-(2 ** 64)).random())
print(random.Random("").random(), random.Random(b"").random(), random.Random("ü").random(), random.Random(bytearray(b"ab")).random())
