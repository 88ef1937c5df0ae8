import random
random.seed(64)
for i in range(800):
    base = random.choice([bytes, bytearray])(random.randrange(256) for _ in range(random.randint(0, 16)))
    m = memoryview(base)
    op = random.choice(['slice', 'index', 'cast', 'tolist', 'hex', 'set', 'setslice', 'eq', 'len', 'attrs', 'tobytes', 'release', 'count', 'index_m', 'iter'])
    try:
        if op == 'slice':
            a = random.choice([None, random.randint(-20, 20)]); b = random.choice([None, random.randint(-20, 20)]); c = random.choice([None, 1, 2, -1, -3])
            s = m[a:b:c]
            r = (s.tobytes(), s.tolist(), len(s), s.contiguous, s.strides, s.shape)
        elif op == 'index':
            r = m[random.randint(-20, 20)]
        elif op == 'cast':
            fmt = random.choice(['B', 'b', 'c', 'H', 'h', 'I', 'i', 'L', 'q', 'Q', 'f', 'd', '?', 'e', 'x', '<i'])
            c = m.cast(fmt) if random.random() < 0.8 else m.cast('B', [len(base)])
            r = (c.format, c.itemsize, c.nbytes, c.tolist() if fmt not in 'fde' else len(c.tolist()), c.shape)
        elif op == 'tolist': r = m.tolist()
        elif op == 'hex': r = m.hex(*random.choice([(), (':',), ('-', 2), (' ', -3)]))
        elif op == 'set':
            m[random.randint(-20, 20)] = random.choice([5, 300, -1, b'a', 1.5])
            r = base
        elif op == 'setslice':
            a = random.randint(-5, 10); b = random.randint(-5, 10)
            m[a:b] = random.choice([b'xy', b'', bytearray(b'q' * max(0, len(m[a:b]))), b'z' * len(m[a:b])])
            r = base
        elif op == 'eq':
            r = (m == base, m == bytes(base), m == memoryview(bytes(base)), m == list(base), m.cast('b') == m if base else None)
        elif op == 'len': r = len(m)
        elif op == 'attrs': r = (m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.nbytes, m.obj is base)
        elif op == 'tobytes': r = (m.tobytes(), bytes(m), bytearray(m), m.tobytes('A'))
        elif op == 'release':
            m.release()
            r = len(m)
        elif op == 'count': r = m.count(random.randrange(256)) if hasattr(m, 'count') else 'no count'
        elif op == 'index_m': r = m.index(random.randrange(256)) if hasattr(m, 'index') else 'no index'
        elif op == 'iter': r = list(m)[:5]
        print(i, op, type(base).__name__, base.hex(), repr(r))
    except Exception as e:
        print(i, op, type(base).__name__, base.hex(), type(e).__name__, e)
m = memoryview(bytearray(b'abcdef'))
print(repr(m)[:12], m[::2].tobytes(), bytes(m[1:3]), m.toreadonly().readonly, memoryview(b'ab').tolist(), m.cast('H').tolist())
with memoryview(b'xyz') as mv:
    print(mv[0])
try:
    mv[0]
except ValueError as e:
    print('ValueError', e)
try:
    hash(memoryview(bytearray(b'a')))
except ValueError as e:
    print('ValueError', e)
print(hash(memoryview(b'ab')) == hash(b'ab'))
