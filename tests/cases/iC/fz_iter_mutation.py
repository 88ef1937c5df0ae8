import random
random.seed(43)
for i in range(300):
    kind = random.choice(['list', 'dict', 'set', 'dictkeys', 'dictitems', 'deque', 'bytearray'])
    n = random.randint(0, 6)
    if kind == 'list' or kind == 'bytearray':
        c = list(range(n)) if kind == 'list' else bytearray(range(n))
    elif kind in ('dict', 'dictkeys', 'dictitems'):
        c = {k: k for k in range(n)}
    elif kind == 'set':
        c = set(range(n))
    else:
        from collections import deque
        c = deque(range(n))
    seen = []
    mut = random.choice(['add', 'remove', 'replace', 'none', 'clear'])
    at = random.randint(0, 5)
    try:
        it = iter(c.keys() if kind == 'dictkeys' else c.items() if kind == 'dictitems' else c)
        for j, x in enumerate(it):
            seen.append(x)
            if j == at:
                if mut == 'add':
                    if kind in ('list', 'deque', 'bytearray'): c.append(9)
                    elif kind == 'set': c.add(100 + j)
                    else: c[100 + j] = 0
                elif mut == 'remove':
                    if kind in ('list', 'deque', 'bytearray'): c.pop()
                    elif kind == 'set': c.discard(x if not isinstance(x, tuple) else x[0])
                    else: del c[x if not isinstance(x, tuple) else x[0]]
                elif mut == 'replace':
                    if kind in ('list', 'bytearray', 'deque'): c[0] = 7
                    elif kind == 'set':
                        c.discard(0); c.add(50)
                    else:
                        k = next(iter(c)); del c[k]; c[k + 1000] = 1
                elif mut == 'clear':
                    c.clear()
            if j > 20:
                break
        print(i, kind, mut, at, seen, 'ok', list(c) if kind != 'set' else sorted(c))
    except Exception as e:
        print(i, kind, mut, at, seen, type(e).__name__, e)
for i in range(200):
    a = list(range(random.randint(0, 5))); b = 'abcdefg'[:random.randint(0, 6)]
    try:
        print(i, list(zip(a, b, strict=random.choice([True, False]))))
    except Exception as e:
        print(i, type(e).__name__, e)
    try:
        print(i, list(zip(a, b, range(random.randint(0, 5)), strict=True)))
    except Exception as e:
        print(i, type(e).__name__, e)
L = [1, 2, 3]
r = reversed(L)
print(next(r)); L.clear(); print(list(r))
L = [1, 2, 3]
it = iter(L); print(next(it)); L[:] = [7, 8, 9, 10]; print(list(it), list(it))
import operator
for obj in ([1, 2], iter([1, 2, 3]), reversed([1, 2]), iter(range(10)), iter({1: 2}), iter('abc'), iter((1,)), map(str, [1]), iter(set([1, 2]))):
    print(type(obj).__name__, operator.length_hint(obj, -1))
for args in [(slice(1, None, 2), 10), (slice(-100, 100), 5), (slice(None, None, -1), 4), (slice(5, 1, -2), 3), (slice(2**70, -2**70, -3), 7)]:
    print(args[0], args[0].indices(args[1]))
for bad in [lambda: slice(0, 1, 0).indices(3), lambda: slice(0).indices(-1), lambda: slice('a').indices(3), lambda: hash(slice(1)), lambda: slice(1, 2) < slice(1, 3), lambda: slice(1, 2) == slice(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
