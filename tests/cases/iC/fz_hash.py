import random
random.seed(37)
for i in range(1000):
    k = random.random()
    if k < 0.3:
        x = random.randint(-2**70, 2**70)
    elif k < 0.5:
        x = random.uniform(-1e20, 1e20)
    elif k < 0.6:
        x = random.randint(-10**4, 10**4) / 8
    elif k < 0.8:
        x = tuple(random.choice([random.randint(-5, 5), 0.5, 'x' if False else -1, True, (1, 2)]) for _ in range(random.randint(0, 5)))
    elif k < 0.9:
        x = frozenset(random.randint(-100, 100) for _ in range(random.randint(0, 6)))
    else:
        x = complex(random.randint(-5, 5), random.uniform(-3, 3))
    print(i, repr(x), hash(x))
print(hash(None) == hash(None), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1.0), hash(-1.0), hash(0.0), hash(-0.0), hash(float('inf')), hash(float('-inf')), hash(1 + 0j), hash(1j), hash(range(3)) == hash(range(3)), hash(()))
print(hash(True), hash(False), hash(2**64), hash(-2**64), hash(10**30), hash(1e100))
