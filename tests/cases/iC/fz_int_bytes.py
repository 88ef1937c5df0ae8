import random
random.seed(3)
for i in range(600):
    n = random.choice([random.randint(-300, 300), random.randint(-2**70, 2**70), random.randint(0, 2**40)])
    length = random.randint(0, 12)
    order = random.choice(['big', 'little'])
    signed = random.choice([True, False])
    try:
        b = n.to_bytes(length, order, signed=signed)
        back = int.from_bytes(b, order, signed=signed)
        print(i, n, length, order, signed, b.hex(), back == n)
    except Exception as e:
        print(i, n, length, order, signed, type(e).__name__, e)
for i in range(200):
    data = bytes(random.randrange(256) for _ in range(random.randint(0, 10)))
    order = random.choice(['big', 'little'])
    signed = random.choice([True, False])
    print(data.hex(), int.from_bytes(data, order, signed=signed), int.from_bytes(list(data), byteorder=order))
for args in [((1, 'middle'), {}), ((1,), {'byteorder': 'big'}), ((-1, 'big'), {}), ((2, 'big', True), {})]:
    try:
        print((5).to_bytes(*args[0], **args[1]))
    except Exception as e:
        print(type(e).__name__, e)
print((5).to_bytes(), (255).to_bytes(1), int.from_bytes(b'\x01\x00'))
try:
    int.from_bytes('abc', 'big')
except Exception as e:
    print(type(e).__name__, e)
try:
    int.from_bytes(b'a', 'mid')
except Exception as e:
    print(type(e).__name__, e)
class B(int): pass
print(type(B.from_bytes(b'\x05', 'big')), B.from_bytes(b'\x05', 'big'))
for n in range(-20, 20):
    print(n, n.bit_length(), n.bit_count(), n & -n, n | 0xf0, n ^ -1, n >> 2, n << 3, (n * 2**65) >> 64, (n * 2**65) & 0xffff, (-n * 2**65) | 3)
print((2**100).bit_length(), (-2**100).bit_length(), (2**100 - 1).bit_count(), (-(2**100)).bit_count())
print((10).as_integer_ratio(), (-7).numerator, (7).denominator, (5).real, (5).imag, (5).conjugate())
