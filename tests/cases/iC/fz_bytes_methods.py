import random
random.seed(17)
def rb():
    return bytes(random.choice(b'ab \t\n,\x00\xff\x80A') for _ in range(random.randint(0, 10)))
ms = ['split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'find', 'rfind', 'index', 'rindex', 'count', 'replace', 'partition', 'rpartition',
      'center', 'ljust', 'rjust', 'zfill', 'upper', 'lower', 'title', 'capitalize', 'swapcase', 'isalpha', 'isdigit', 'isspace', 'istitle',
      'splitlines', 'expandtabs', 'startswith', 'endswith', 'hex', 'join', 'slice', 'getitem', 'decode', 'isalnum', 'islower', 'isupper', 'isascii', 'removeprefix', 'removesuffix']
for i in range(2500):
    cls = random.choice([bytes, bytearray])
    s = cls(rb())
    m = random.choice(ms)
    sub = random.choice([b'a', b'', b'ab', b' ', bytearray(b','), memoryview(b'\x00'), 97, 256, -1, 'a'])
    try:
        if m in ('split', 'rsplit'):
            r = getattr(s, m)(random.choice([None, b' ', b'a', b'', b',']), random.randint(-1, 3))
        elif m in ('strip', 'lstrip', 'rstrip'):
            r = getattr(s, m)(random.choice([None, b'a ', b'', bytearray(b'\x00\xff')]))
        elif m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
            args = [sub, random.randint(-12, 12), random.randint(-12, 12)][:random.randint(1, 3)]
            r = getattr(s, m)(*args)
        elif m == 'replace':
            r = s.replace(random.choice([b'a', b'', b' ']), random.choice([b'', b'XY']), random.randint(-1, 3))
        elif m in ('partition', 'rpartition', 'removeprefix', 'removesuffix'):
            r = getattr(s, m)(random.choice([b'a', b' ', b'', b'ab']))
        elif m in ('center', 'ljust', 'rjust'):
            r = getattr(s, m)(random.randint(-1, 15), random.choice([b'*', b'\xff', bytearray(b'-')]))
        elif m == 'zfill':
            r = s.zfill(random.randint(0, 12))
        elif m == 'splitlines':
            r = s.splitlines(random.choice([True, False]))
        elif m == 'expandtabs':
            r = s.expandtabs(random.randint(0, 5))
        elif m == 'hex':
            r = s.hex(*random.choice([(), (':',), ('-', 2), (b'_', -3), ('', 1), ('ab',)]))
        elif m == 'join':
            r = s[:2].join([rb(), bytearray(rb()), memoryview(rb())][:random.randint(0, 3)])
        elif m == 'slice':
            r = s[random.choice([None, random.randint(-12, 12)]):random.choice([None, random.randint(-12, 12)]):random.choice([None, 1, -1, 2, -3])]
        elif m == 'getitem':
            r = s[random.randint(-12, 12)]
        elif m == 'decode':
            r = s.decode(random.choice(['utf-8', 'latin-1', 'ascii']), random.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']))
        else:
            r = getattr(s, m)()
        print(i, cls.__name__, m, repr(s), repr(r))
    except Exception as e:
        print(i, cls.__name__, m, repr(s), type(e).__name__, e)
for x in ['', '0a', '0A ff', ' 1 2 ', 'abc', '0', 'zz', '0a\n', 'a b']:
    try:
        print(repr(x), bytes.fromhex(x), bytearray.fromhex(x))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
for args in [(3,), ([1, 2],), ('abc',), ('abc', 'ascii'), ([256],), ([-1],), (-1,), (b'x', 'ascii'), ('é', 'ascii'), ('é', 'ascii', 'ignore'), (1.5,), (None,), (range(3),)]:
    try:
        print(args, bytes(*args), bytearray(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
