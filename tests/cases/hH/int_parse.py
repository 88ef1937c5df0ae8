cases = [("10", 0), ("0x1f", 0), ("0o17", 0), ("0b101", 0), ("0", 0), ("00", 0), ("010", 0), ("1_000", 0), ("0x_ff", 0), ("  -12  ", 10), ("+5", 10), ("z", 36), ("Z", 36), ("0x10", 16), ("10", 16), ("0b1", 2), ("0o7", 8), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), (" ", 10), ("0x", 16), ("12", 2), ("١٢٣", 10), ("12", 37), ("12", 1), ("12", -1), ("9" * 30, 10), ("-0", 10), ("0b", 0), ("0_0", 0), ("08", 0), ("1e5", 10), ("1.0", 10), ("\t\n42\x0c", 10), ("0X1F", 16), ("0B11", 0), ("ff", 16), ("+ 1", 10), ("--1", 10)]
for s, base in cases:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(repr(s), base, "ValueError", e)
print(int(), int(3.99), int(-3.99), int(1e20), int("12", base=8), int(b"42"), int(bytearray(b" 7 ")), int(True), int(x=5) if False else "")
for bad in [float("inf"), float("nan"), None, [1], "1" * 5000 if False else "abc", 3j]:
    try:
        int(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError", e)
try:
    int("12", 10.0)
except TypeError as e:
    print("TypeError", e)
class T:
    def __trunc__(self):
        return 9
class Ix:
    def __index__(self):
        return 4
class In:
    def __int__(self):
        return 11
print(int(T()), int(Ix()), int(In()), int("10", Ix()))
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError", e)
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, int(m), type(int(m)).__name__, MyInt("0x10", 16), -m, type(-m).__name__, str(m), "%d" % m, f"{m}", format(m, "x"))
for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True), (-128, 1, "big", True), (255, 1, "big", False), (0, 0, "big", False), (2**64 - 1, 8, "little", False), (-2**63, 8, "big", True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for n, length, order, signed in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (1, 1, "middle", False), (1, -1, "big", False)]:
    try:
        n.to_bytes(length, order, signed=signed)
    except Exception as e:
        print(type(e).__name__, e)
print((5).to_bytes(), (65535).to_bytes(2), int.from_bytes(b"\xff\xff"), int.from_bytes(b"\xff\xff", signed=True), int.from_bytes([1, 0], "little"), int.from_bytes(b"", "big"), MyInt.from_bytes(b"\x01", "big"), type(MyInt.from_bytes(b"\x01", "big")).__name__)
print(bin(0), bin(-5), oct(-8), hex(-255), hex(2**64), bin(Ix()), hex(True))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
print(int("1" * 4300) % 1000)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
