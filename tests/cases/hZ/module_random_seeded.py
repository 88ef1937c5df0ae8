import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 7), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefg", k=3), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.betavariate(2, 3), random.triangular(0, 10, 3))
print(random.getrandbits(64), random.getrandbits(1), random.randbytes(4).hex(), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.0, 1.0), random.paretovariate(3), random.weibullvariate(1, 2))
random.seed("text seed"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(2**100); print(random.random())
random.seed(-7); print(random.random())
r = random.Random(42); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), r.randint(0, 10**30))
r2 = random.Random(); r2.seed(42); print(r2.random() == random.Random(42).random())
for bad in (lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample([1], 2), lambda: random.randint(3, 1), lambda: random.getrandbits(-1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(0); print([random.randint(0, 9) for _ in range(15)])
