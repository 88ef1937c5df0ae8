import random
random.seed(38)
def rv(d=0):
    k = random.random()
    if d < 2 and k < 0.25:
        return [rv(d + 1) for _ in range(random.randint(0, 3))]
    if d < 2 and k < 0.45:
        return tuple(rv(d + 1) for _ in range(random.randint(0, 3)))
    if k < 0.55:
        return random.choice([float('nan'), 1.0, 0.0, -0.0, True, None, 'a', 'b', ''])
    return random.randint(0, 3)
for i in range(2000):
    a = rv(); b = rv()
    op = random.choice(['==', '!=', '<', '<=', '>', '>='])
    try:
        r = eval('a %s b' % op)
        print(i, repr(a), op, repr(b), r)
    except Exception as e:
        print(i, repr(a), op, repr(b), type(e).__name__, e)
for i in range(400):
    data = [rv() for _ in range(random.randint(0, 6))]
    try:
        print(i, sorted(data))
    except Exception as e:
        print(i, type(e).__name__, e)
n = float('nan')
L = [n]
print(L == L, [n] == [n], (n,) == (n,), n in L, L.count(n), L.index(n), {n: 1}.get(n), [1, n] < [1, n], max([1, n, 2]), min([n, 1, 2]), sorted([3, n, 1, 2]))
a = [1]; a.append(a); b = {'k': 1}; b['self'] = b; c = (a, b)
print(a, b, c, repr(a))
try:
    a == [1, a]
    print('eq ok')
except RecursionError as e:
    print('RecursionError')
