import random, struct
random.seed(34)
for i in range(1500):
    bits = random.getrandbits(64)
    if random.random() < 0.3:
        bits &= ~(0x7ff << 52)
        bits |= random.randint(0x3c0, 0x440) << 52
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if x != x:
        continue
    print(i, repr(x), str(x), '%.17g' % x, '%.25e' % x, format(x, '.3g'), x.hex())
for i in range(400):
    bits = random.getrandbits(32)
    x = struct.unpack('<f', struct.pack('<I', bits))[0]
    if x != x:
        continue
    print('f', repr(x), struct.pack('<f', x) == struct.pack('<I', bits))
for i in range(300):
    bits = random.getrandbits(16)
    x = struct.unpack('<e', struct.pack('<H', bits))[0]
    if x != x:
        continue
    print('e', repr(x), struct.pack('<e', x).hex())
