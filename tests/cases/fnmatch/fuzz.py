# fnmatch: seeded random patterns; translate() text and match results must agree with CPython
import fnmatch
import random

rng = random.Random(3)
pchars = ['a', 'b', '*', '?', '[', ']', '!', '-', '^', '\\', '.', 'z', '&', '~', '|']
names = ['', 'a', 'b', 'ab', 'ba', 'a.b', 'z', '-', '!', ']', '[', '\\', 'aaa', 'a-z', '^', 'a\nb']
for case in range(300):
    p = ''.join(rng.choice(pchars) for _ in range(rng.randrange(0, 7)))
    print(repr(p), repr(fnmatch.translate(p)), fnmatch.filter(names, p))
