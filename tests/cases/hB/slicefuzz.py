import random
rng = random.Random(3)
idx = [None, 0, 1, -1, 2, -3, 5, -10, 100]
steps = [None, 1, -1, 2, -2, 3, 0]
for i in range(3000):
    base = list(range(rng.randint(0, 7)))
    sl = slice(rng.choice(idx), rng.choice(idx), rng.choice(steps))
    op = rng.choice(['get', 'set', 'del', 'tget', 'sget', 'bset', 'baset', 'rget'])
    val = [rng.choice('xyz') for _ in range(rng.randint(0, 4))]
    try:
        if op == 'get':
            r = base[sl]
        elif op == 'set':
            base[sl] = val
            r = base
        elif op == 'del':
            del base[sl]
            r = base
        elif op == 'tget':
            r = tuple(base)[sl]
        elif op == 'sget':
            r = ''.join(map(str, base))[sl]
        elif op == 'bset':
            b = bytearray(bytes(base))
            b[sl] = bytes(len(val))
            r = b
        elif op == 'baset':
            b = bytearray(bytes(base))
            del b[sl]
            r = b
        else:
            r = range(len(base))[sl]
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(op, sl, val, r)
