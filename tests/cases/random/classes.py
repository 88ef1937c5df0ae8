# Random subclasses, SystemRandom, pickling protocol helpers.
import random

class Fixed(random.Random):
    """A generator whose random() is fixed: _randbelow falls back to random()."""
    def __init__(self, x=0.25):
        self.x = x
        super().__init__(1)
    def random(self):
        return self.x

f = Fixed()
print(f.randrange(10), f.randint(1, 4), f.choice('abcd'), f.uniform(0, 8))
print(type(f)._randbelow is random.Random._randbelow_without_getrandbits)
l = [1, 2, 3, 4, 5]
f.shuffle(l); print(l)

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3
print(Bits(5).randrange(100), Bits._randbelow is random.Random._randbelow_with_getrandbits)

class Both(random.Random):
    def random(self): return 0.5
    def getrandbits(self, k): return 0
print(Both().randrange(10), Both._randbelow is random.Random._randbelow_with_getrandbits)

class Plain(random.Random):
    pass
p = Plain(11)
print(p.random(), p.randrange(100), isinstance(p, random.Random), Plain.__mro__[1:])
p.extra = 1
print(p.extra, p.getstate()[1][:2])

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print('seed called with', a)
        super().seed(a, version)
s = Seeded(3)
print(s.random())

sr = random.SystemRandom()
print(sr.seed(), sr.seed(123), 0 <= sr.random() < 1, 0 <= sr.randrange(10) < 10)
print(len(sr.randbytes(10)), sr.getrandbits(0), sr.getrandbits(5) < 32, sr.getrandbits(100) < 2**100)
print(len(sr.sample(range(100), 10)), sr.choice([7]), sorted(sr.sample('abc', 3)))
for name in ('getstate', 'setstate'):
    try:
        getattr(sr, name)(None) if name == 'setstate' else sr.getstate()
    except NotImplementedError as e:
        print(name, e)

r = random.Random(8)
cls, args, state = r.__reduce__()
print(cls is random.Random, args, state[0], len(state[1]))
r2 = cls(*args)
r2.__setstate__(state)
print(r.random() == r2.random())

import _random
b = _random.Random(5)
print(b.random(), type(b).__module__, type(b).__name__)
b.seed(5)
print(b.random(), b.getrandbits(40), len(b.getstate()))
class Sub(_random.Random):
    pass
print(Sub(5).random(), Sub().seed(5))
