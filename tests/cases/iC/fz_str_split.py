import random
random.seed(11)
alpha = ['a', 'b', ' ', '\t', '\n', ',', 'ab', '\r\n', '\x0b', '\x1c', '\u2028', '\u00a0', '\u3000', 'é', 'ß', '', '\x85', '\r']
def rs(n=None):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, 12) if n is None else n))
for i in range(2000):
    s = rs()
    m = random.choice(['split', 'rsplit', 'splitlines', 'partition', 'rpartition', 'strip', 'lstrip', 'rstrip'])
    try:
        if m in ('split', 'rsplit'):
            sep = random.choice([None, None, ' ', ',', 'a', 'ab', '', '\t', 'b '])
            ms = random.choice([-1, 0, 1, 2, 3, 100, -5])
            if random.random() < 0.5:
                r = getattr(s, m)(sep, ms)
            else:
                r = getattr(s, m)(sep=sep, maxsplit=ms)
        elif m == 'splitlines':
            r = s.splitlines(random.choice([True, False]))
        elif m in ('partition', 'rpartition'):
            r = getattr(s, m)(random.choice([' ', 'a', 'ab', '', ',', '\n']))
        else:
            r = getattr(s, m)(random.choice([None, 'a', 'ab ', '', ' \t', '\u00a0é']))
        print(i, m, repr(s), repr(r))
    except Exception as e:
        print(i, m, repr(s), type(e).__name__, e)
for bad in [(1,), ('a', 'b'), ('a', 1.5)]:
    try:
        'abc'.split(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    'abc'.strip(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    'abc'.partition(None)
except Exception as e:
    print(type(e).__name__, e)
