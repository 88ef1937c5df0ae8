import random
random.seed(39)
for i in range(400):
    n = random.randint(0, 30)
    data = [(random.randint(0, 5), j) for j in range(n)]
    random.shuffle(data)
    key = random.choice(['first', 'neg', 'none', 'mod', 'str'])
    rev = random.choice([False, True])
    if key == 'first': r = sorted(data, key=lambda t: t[0], reverse=rev)
    elif key == 'neg': r = sorted(data, key=lambda t: -t[0], reverse=rev)
    elif key == 'none': r = sorted(data, reverse=rev)
    elif key == 'mod': r = sorted(data, key=lambda t: t[1] % 3, reverse=rev)
    else: r = sorted(data, key=lambda t: str(t[1]), reverse=rev)
    print(i, key, rev, r)
class K:
    n = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        K.n += 1
        return self.v < o.v
for i in range(50):
    data = [K(random.randint(0, 100)) for _ in range(random.randint(0, 40))]
    K.n = 0
    data.sort()
    print(i, [k.v for k in data], K.n)
L = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('bad key')
    return x
try:
    L.sort(key=bad_key)
except ValueError as e:
    print(e, L)
L = [3, 1, 2]
def mutating(x):
    L.append(x)
    return x
try:
    L.sort(key=mutating)
except ValueError as e:
    print(type(e).__name__, e)
print(L)
for data in ([1, 'a'], ['a', 1], [1, None], [(1, 'a'), (1, 2)], [{1}, {2}], [{1}, {1, 2}, set()], [[], [1], [0, 5]], [1j, 2j], [b'a', 'a']):
    try:
        print(sorted(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except Exception as e:
    print(type(e).__name__, e)
try:
    [].sort(1)
except Exception as e:
    print(type(e).__name__, e)
