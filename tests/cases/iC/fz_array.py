import random
from array import array
random.seed(77)
codes = 'bBhHiIlLqQfdu'
def rv(tc):
    if tc == 'u':
        return random.choice('aé€z')
    if tc in 'fd':
        return random.choice([random.uniform(-100, 100), 1e40, -0.0, 0.1])
    return random.choice([random.randint(-200, 200), random.randint(0, 2**16), random.randint(-2**40, 2**40), -1, 0, 255, 256])
for trial in range(12):
    tc = random.choice(codes)
    try:
        a = array(tc, [rv(tc) for _ in range(random.randint(0, 6))])
    except Exception as e:
        print(trial, tc, 'init', type(e).__name__, e)
        a = array(tc)
    for i in range(120):
        op = random.choice(['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'setitem', 'setslice', 'delslice', 'getslice', 'reverse', 'byteswap', 'tobytes', 'frombytes', 'tolist', 'iadd', 'imul', 'cmp', 'repr', 'fromlist', 'buffer_info'])
        if tc == 'u' and op in ('byteswap', 'frombytes'):
            continue  # may make code points above U+10FFFF, which CPython stores and wasipy cannot
        try:
            if op == 'append': a.append(rv(tc))
            elif op == 'extend': a.extend(random.choice([[rv(tc)], array(tc, [rv(tc)]) if tc != 'u' else array('u', 'q'), array('d', [1.0]), 'ab', (rv(tc),)]))
            elif op == 'insert': a.insert(random.randint(-10, 10), rv(tc))
            elif op == 'pop': print('pop', a.pop(*random.choice([(), (random.randint(-10, 10),)])))
            elif op == 'remove': a.remove(rv(tc))
            elif op == 'index': print('index', a.index(rv(tc)))
            elif op == 'count': print('count', a.count(rv(tc)))
            elif op == 'setitem': a[random.randint(-10, 10)] = rv(tc)
            elif op == 'setslice': a[random.randint(-5, 5):random.randint(-5, 5):random.choice([None, 1, 2, -1])] = random.choice([array(tc), array(tc, a[:2]), [1, 2], array('b' if tc != 'b' else 'h')])
            elif op == 'delslice': del a[random.randint(-5, 5):random.randint(-5, 5):random.choice([None, 2, -1])]
            elif op == 'getslice': print('slice', a[random.randint(-5, 5)::random.choice([1, -1, 2])])
            elif op == 'reverse': a.reverse()
            elif op == 'byteswap': a.byteswap()
            elif op == 'tobytes': print('bytes', a.tobytes().hex())
            elif op == 'frombytes': a.frombytes(bytes(random.randrange(256) for _ in range(random.choice([0, a.itemsize, 3, 2 * a.itemsize]))))
            elif op == 'tolist': print('list', a.tolist())
            elif op == 'iadd': a += random.choice([array(tc), array(tc, a[:1]), array('d')])
            elif op == 'imul': a *= random.choice([0, 1, 2]) if len(a) < 10 else 1
            elif op == 'cmp': print('cmp', a == array(tc, a.tolist()), a < array(tc), a == a.tolist())
            elif op == 'repr': print('repr', repr(a))
            elif op == 'fromlist': a.fromlist(random.choice([[rv(tc)], [rv(tc), 'bad'], []]))
            elif op == 'buffer_info': print('bi', a.buffer_info()[1] == len(a), a.itemsize, a.typecode)
            if len(a) > 20:
                del a[12:]
            print(trial, tc, i, op, a)
        except Exception as e:
            print(trial, tc, i, op, type(e).__name__, e)
for bad in [lambda: array('z'), lambda: array('b', [128]), lambda: array('B', [-1]), lambda: array('u', [1]), lambda: array('i', 'abc'), lambda: array('i', 1.5), lambda: array('f', ['x']), lambda: array('H', [70000]), lambda: array('Q', [-1]), lambda: array('b').frombytes(b'x' if False else 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
