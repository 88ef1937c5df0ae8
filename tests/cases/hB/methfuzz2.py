import random
rng = random.Random(12345)
pool = [0, 1, -1, 2, 10**20, True, 1.5, 'a', 'ab', '', b'a', None, [1], (1, 2), {1: 'x'}, {2}, range(2), slice(1), -0.0]
def fresh():
    return [[3, 1, 2], (3, 1, 2, 1), 'hello', b'hello', bytearray(b'hey'), {'a': 1, 'b': 2}, {1, 2, 3}, frozenset({1, 2}), range(1, 9, 2), 12, 2.5, 1j]
def show(v):
    if isinstance(v, (set, frozenset)):
        return type(v).__name__ + repr(sorted(v, key=repr))
    if type(v).__name__.endswith('iterator') or type(v).__name__ in ('generator',):
        return type(v).__name__
    return repr(v)
names = {}
for obj in fresh():
    names[type(obj).__name__] = [n for n in dir(obj) if not n.startswith('_') and callable(getattr(obj, n))]
for i in range(6000):
    objs = fresh()
    obj = rng.choice(objs)
    meths = names[type(obj).__name__]
    m = rng.choice(meths)
    if m in ('clear',) and rng.random() < 0.5:
        continue
    nargs = rng.choice([0, 1, 1, 2, 2, 3])
    args = [rng.choice(pool) for _ in range(nargs)]
    try:
        r = getattr(obj, m)(*args)
        out = show(r)
        if len(out) > 80:
            out = out[:80]
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(type(obj).__name__, m, show(args), '->', out, '|', show(obj))
