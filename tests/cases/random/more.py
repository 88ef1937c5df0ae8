# Seeded streams: gauss pairs, version-1 string seeds, randrange steps,
# subclasses overriding random() only, float-arg deprecation warnings.
import random
import warnings

r = random.Random(12345)
print([round(r.gauss(1, 2), 12) for _ in range(5)])
state = r.getstate()
a = [r.gauss() for _ in range(3)]
r.setstate(state)
print(a == [r.gauss() for _ in range(3)])
for seed in ('hello', b'bytes!', '', bytearray(b'xy')):
    for version in (1, 2):
        try:
            r.seed(seed, version=version)
            print(repr(seed), version, r.random(), r.randrange(1000))
        except TypeError as e:
            print(repr(seed), version, 'TypeError', e)
r.seed(99)
print([r.randrange(10, 100, 7) for _ in range(5)], [r.randrange(100, 10, -9) for _ in range(5)])
print([r.randint(-5, 5) for _ in range(8)], r.randrange(2 ** 70), r.getrandbits(100))
print(r.sample(range(10 ** 6), 5), r.sample(range(30), 25)[:5])


class OnlyRandom(random.Random):
    def __init__(self):
        self.n = 0

    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0


o = OnlyRandom()
print([o.randrange(10) for _ in range(6)], o.choice('abcdef'), o.n)
lst = list(range(8))
o.shuffle(lst)
print(lst)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    r.seed(5)
    print(r.randrange(10.0), r.randrange(2, 20.0, 3.0))
    try:
        r.randrange(1.5)
    except ValueError as e:
        print('ValueError', e)
    try:
        r.randrange(1, 2.5)
    except ValueError as e:
        print('ValueError', e)
print([(w.category.__name__, str(w.message)) for w in caught])
r.seed(3)
print(r.choices(range(5), k=3), r.triangular(1, 2), r.uniform(5, -5), r.randbytes(5))
print(type(random.SystemRandom().random()).__name__, len(random.SystemRandom().randbytes(4)))
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print('NotImplementedError', e)
