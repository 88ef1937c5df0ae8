for n in (0, 1, -1, 255, -255, 2**64, -(2**64), True):
    print(bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "x"), f"{n:#X}")
class I:
    def __index__(self): return 10
print(bin(I()), hex(I()), oct(I()))
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError as e:
        print(e)
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0), int("ff", 16), int("z", 36), int(" -0x10 ", 16), int("1_000"))
for s, base in (("08", 0), ("0x", 16), ("1", 1), ("1", 37), ("_1", 10), ("1__0", 10), ("", 10), ("12", 2)):
    try:
        print(int(s, base))
    except ValueError as e:
        print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
print(int("١٢٣"), int(b"42"), int(bytearray(b" 7 ")), int(True), int(-3.9), int("+5"))
