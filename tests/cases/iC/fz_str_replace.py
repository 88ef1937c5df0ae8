import random
random.seed(13)
def rs():
    return ''.join(random.choice('aabc é\t') for _ in range(random.randint(0, 12)))
for i in range(1500):
    s = rs()
    m = random.choice(['replace', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'mul', 'slice', 'join'])
    try:
        if m == 'replace':
            old = random.choice(['a', '', 'aa', 'b', ' ', 'xyz'])
            new = random.choice(['', 'X', 'YY', 'a'])
            args = (old, new) + ((random.randint(-2, 5),) if random.random() < 0.5 else ())
            r = s.replace(*args)
        elif m in ('center', 'ljust', 'rjust'):
            w = random.randint(-3, 20)
            if random.random() < 0.5:
                r = getattr(s, m)(w, random.choice(['*', 'é', ' ', '𝄞']))
            else:
                r = getattr(s, m)(w)
        elif m == 'zfill':
            s = random.choice(['', '+', '-', '12', '-12', '+1a', 'abc', '--1', s])
            r = s.zfill(random.randint(-2, 10))
        elif m == 'expandtabs':
            s = s + random.choice(['\n\tx', '\r\t', 'ab\tc'])
            r = s.expandtabs(random.choice([8, 0, 1, 3, -1, 4])) if random.random() < 0.8 else s.expandtabs()
        elif m == 'mul':
            r = s * random.randint(-2, 4)
        elif m == 'slice':
            a = random.choice([None, random.randint(-15, 15)])
            b = random.choice([None, random.randint(-15, 15)])
            c = random.choice([None, 1, -1, 2, -2, 3, -3, 0])
            r = s[a:b:c]
        elif m == 'join':
            r = s[:2].join(rs() for _ in range(random.randint(0, 4)))
        print(i, m, repr(s), repr(r))
    except Exception as e:
        print(i, m, repr(s), type(e).__name__, e)
for args in [('ab', 3), ('a',), (1, 'a'), ('a', 'b', 'c')]:
    try:
        print('aaa'.replace(*args))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(5, 'ab'), (5, ''), ('5',), (5, 1)]:
    try:
        print('x'.center(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ','.join(['a', 1])
except Exception as e:
    print(type(e).__name__, e)
try:
    ','.join([b'a'])
except Exception as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except Exception as e:
    print(type(e).__name__, e)
