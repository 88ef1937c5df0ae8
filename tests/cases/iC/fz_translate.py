import random
random.seed(32)
for i in range(800):
    s = ''.join(random.choice('abcdeé€ ') for _ in range(random.randint(0, 10)))
    kind = random.choice(['mk2', 'mk3', 'dict', 'list', 'bytes'])
    try:
        if kind == 'mk2':
            x = ''.join(random.sample('abcdeé', 3)); y = ''.join(random.choice('XYZ€') for _ in range(3))
            t = str.maketrans(x, y)
        elif kind == 'mk3':
            t = str.maketrans('ab', 'BA', random.choice(['', 'c', 'é ', 'xyz']))
        elif kind == 'dict':
            t = str.maketrans({random.choice('abc'): random.choice([None, 'Q', '', 'LONG', 0x263a]), 'é': 'e', ord('d'): None})
        elif kind == 'list':
            t = [None] * 100 + ['!']
        else:
            t = bytes(range(256))[::-1]
        print(i, kind, repr(s), repr(s.translate(t)), sorted(t.items())[:5] if isinstance(t, dict) else '')
    except Exception as e:
        print(i, kind, repr(s), type(e).__name__, e)
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1), lambda: str.maketrans({1.5: 'a'}), lambda: 'a'.translate({97: 1.5}), lambda: 'a'.translate({97: 0x110000}), lambda: 'a'.translate(5), lambda: str.maketrans('a', 'b', 3), lambda: str.maketrans('a')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
for i in range(300):
    b = bytes(random.choice(b'abcxyz \xff') for _ in range(random.randint(0, 10)))
    tbl = random.choice([None, bytes.maketrans(b'abc', b'XYZ'), bytes(range(256))])
    dl = random.choice([b'', b'a', b' \xff', bytearray(b'x')])
    try:
        print(i, b, b.translate(tbl, dl), bytearray(b).translate(tbl, delete=dl))
    except Exception as e:
        print(i, type(e).__name__, e)
for bad in [lambda: b'a'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'), lambda: bytes.maketrans('a', 'b'), lambda: b'a'.translate(None, 'a')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
