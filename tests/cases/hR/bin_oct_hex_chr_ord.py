class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for f in (bin, oct, hex):
    for v in [0, 1, -1, 255, -255, 2**64, -(2**64), True, I(10), I(-3)]:
        print(f.__name__, f(v))
    for v in [1.5, "10", None, I(1.5), I("x")]:
        try:
            f(v)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for v in [0, 65, 0x20ac, 0x1f600, 0x10ffff, True, I(97)]:
    print(repr(chr(v)))
for v in [-1, 0x110000, 2**100, 1.5, "a", None]:
    try:
        chr(v)
    except Exception as e:
        print("chr", type(e).__name__, e)
for v in ["a", "€", "\U0001f600", b"a", bytearray(b"z"), "\x00"]:
    print(ord(v))
for v in ["", "ab", b"", b"ab", 1, None, bytearray(b"xy"), ["a"]]:
    try:
        ord(v)
    except Exception as e:
        print("ord", type(e).__name__, e)
try:
    chr()
except Exception as e:
    print(type(e).__name__, e)
try:
    hex(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(int(bin(-37), 0), int(oct(-37), 0), int(hex(-37), 0))
print([chr(ord(c) + 1) for c in "HAL"])
print("".join(map(chr, range(97, 123))))
