import random, struct
random.seed(3)
codes = 'xcbB?hHiIlLqQnNefdspP'
vals = {'c': [b'a', b'\x00', b'ab', 'a', 1], 'b': [0, 127, -128, 128, -129, 1.0, True], 'B': [0, 255, 256, -1], '?': [0, 1, [], 'x', None], 'h': [32767, -32768, 40000], 'H': [65535, 65536, -1],
        'i': [2**31 - 1, -2**31, 2**31, 'x'], 'I': [2**32 - 1, 2**32, -1], 'l': [2**63 - 1, -2**63, 2**63], 'L': [2**64 - 1, 2**64, -1], 'q': [2**63 - 1, -2**63, 2**63, 1.5], 'Q': [2**64 - 1, 2**64, -1],
        'n': [5, -5], 'N': [5, -5], 'e': [1.0, 65504.0, 65520.0, 1e-8, float('nan'), -0.0, 1e10, 'x'], 'f': [1.5, 3.4e38, 3.5e38, 1e-46, float('inf')], 'd': [1e308, -0.0, 5e-324, 1],
        's': [b'', b'hello', bytearray(b'xy'), 'str'], 'p': [b'', b'hello', b'x' * 300], 'P': [0, 1, -1]}
for i in range(1200):
    order = random.choice(['', '@', '=', '<', '>', '!'])
    n = random.randint(1, 4)
    fmt = order; args = []
    for _ in range(n):
        c = random.choice(codes)
        if order not in ('', '@') and c in 'nNP':
            c = 'i'
        cnt = random.choice(['', '', '', '2', '3', '0'])
        if c == 'p' and cnt == '0': cnt = '1'
        if c in 'sp':
            fmt += cnt + c; args.append(random.choice(vals[c]))
        elif c == 'x':
            fmt += cnt + c
        else:
            k = int(cnt) if cnt else 1
            fmt += cnt + c
            args += [random.choice(vals[c]) for _ in range(k)]
    try:
        b = struct.pack(fmt, *args)
        r = struct.unpack(fmt, b)
        print(repr(fmt), struct.calcsize(fmt), b.hex(), r)
    except Exception as e:
        print(repr(fmt), args if not any(isinstance(a, float) and a != a for a in args) else 'nanargs', type(e).__name__, e)
