import random
random.seed(75)
def rk():
    k = random.random()
    if k < 0.25: return random.randint(-50, 50)
    if k < 0.45: return random.randint(-10**6, 10**6) / random.choice([2, 4, 10, 3])
    if k < 0.6: return (random.randint(0, 5), random.randint(-3, 3))
    if k < 0.7: return random.randint(-2**70, 2**70)
    if k < 0.8: return frozenset(random.sample(range(10), random.randint(0, 3)))
    if k < 0.9: return complex(random.randint(-3, 3), random.randint(-3, 3))
    return random.choice([True, False, float('inf'), -0.0, 0.0, 1.0, 2**61 - 1, -1, -2, 2**64])
for trial in range(40):
    s = set()
    for i in range(random.randint(1, 40)):
        if random.random() < 0.75 or not s:
            s.add(rk())
        else:
            s.discard(random.choice(list(s)))
    print(trial, s)
    print(trial, frozenset(s), set(list(s)[::-1]) == s, {x for x in s})
    d = dict.fromkeys(s)
    print(trial, list(d)[:5] == list(s)[:5])
print({1.5, 2.5, 0.1, -0.1, 1e100, 3.0, 2}, {(1, 2), (2, 1), (0, 0), ()}, {-1, -2, -3, 2**61, -(2**61)}, {True, 0.5})
print(set(range(-5, 5)) | {2**61 - 2, 2**62}, {x / 8 for x in range(20)}, {(x, -x) for x in range(8)})
