import random
random.seed(74)
def rch():
    k = random.random()
    if k < 0.2:
        return chr(random.randint(0, 0x7f))
    if k < 0.35:
        return chr(random.randint(0x80, 0x2ff))
    if k < 0.6:
        return chr(random.randint(0x300, 0xd7ff))
    if k < 0.8:
        return chr(random.randint(0xe000, 0xffff))
    return chr(random.randint(0x10000, 0x10f7fd))
for i in range(1500):
    s = ''.join(rch() for _ in range(random.randint(0, 6)))
    if random.random() < 0.2:
        s += random.choice(["'", '"', "'\"", '\\'])
    print(i, ascii(s), repr(s).encode('utf-8', 'backslashreplace'), ascii(repr(s)) == ascii(s) if s.isascii() else '-', len(repr(s)))
for c in ["'", '"', "'\"", '\\', '\t\n\r\x0b\x0c', '\x7f', '\x80', '\xa0', '\xad', '\u200b', '\u2028', '\ufeff', '\U000e0001', '\U0001f600', '\u0378', '\ue000', '\U000f0000']:
    print(ascii(c), ascii(repr(c)), repr(c).isascii(), c.isprintable())
for b in [bytes(range(0, 256, 7)), b"'", b'"', b"'\"", b'\\', bytearray(b"a'b")]:
    print(repr(b), ascii(b))
