import random, struct
random.seed(22)
codes = 'xcbB?hHiIlLqQnNefdsp'
for i in range(1200):
    order = random.choice(['', '@', '=', '<', '>', '!'])
    fmt = order
    vals = []
    for _ in range(random.randint(0, 4)):
        c = random.choice(codes)
        if order not in ('', '@') and c in 'nN':
            c = 'q'
        cnt = random.choice(['', '', str(random.randint(0, 3))])
        if c == 'p' and cnt == '0':
            cnt = '1'  # CPython 3.11 raises SystemError unpacking '0p' (a CPython bug)
        fmt += cnt + c
        n = int(cnt) if cnt else 1
        if c == 'x':
            continue
        if c in 'sp':
            vals.append(bytes(random.randrange(256) for _ in range(random.randint(0, 5))))
            continue
        for _ in range(n):
            if c == 'c':
                vals.append(bytes([random.randrange(256)]))
            elif c == '?':
                vals.append(random.choice([0, 1, 5, '', 'x']))
            elif c in 'efd':
                vals.append(random.choice([random.uniform(-1e5, 1e5), 1e40, float('inf'), float('nan'), -0.0, 65504.0, 65520.0, 1e-8]))
            else:
                vals.append(random.choice([random.randint(-2**8, 2**8), random.randint(-2**33, 2**33), random.randint(-2**65, 2**65), 0, -1, 255, 65535]))
    if random.random() < 0.05:
        vals.append(1)
    if random.random() < 0.05 and vals:
        vals[0] = 'bad'
    try:
        packed = struct.pack(fmt, *vals)
        un = struct.unpack(fmt, packed)
        print(i, repr(fmt), struct.calcsize(fmt), packed.hex(), un)
    except Exception as e:
        print(i, repr(fmt), type(e).__name__, e)
for fmt in ['3z', 'i i', ' i', '<>', '2', 'q2', '0s', '10p', '-1i', '@i2x', 'P', '<P', 'iP']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
for fmt, data in [('i', b'abc'), ('<h', b'\x01\x02\x03'), ('2h', b'\x00' * 4), ('>I', b'\xff\xff\xff\xff'), ('<e', b'\x00\x7c'), ('<d', b'\x00' * 8)]:
    try:
        print(struct.unpack(fmt, data))
    except Exception as e:
        print(type(e).__name__, e)
print(list(struct.iter_unpack('<hb', bytes(range(9)))))
try:
    list(struct.iter_unpack('<hb', bytes(range(8))))
except Exception as e:
    print(type(e).__name__, e)
buf = bytearray(12)
struct.pack_into('<hi', buf, 2, 7, -9)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf, offset=-4))
for args in [('<hi', buf, 8, 1, 2), ('<h', buf, -20, 1), ('<h', buf, 12, 1)]:
    try:
        struct.pack_into(*args)
    except Exception as e:
        print(type(e).__name__, e)
s = struct.Struct('>3sHx?')
print(s.size, s.format, s.pack(b'abcd', 513, True), s.unpack(b'ab\x00\x01\x02\x00\x01'))
