# int() construction and parsing, str/repr of ints, bases, to_bytes/from_bytes
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["0", "  12  ", "-12", "+12", "1_000", "1__0", "_1", "1_", "0x10", "010", "00", "0_0",
          "", " ", "- 1", "12a", "١٢٣", "\u0661\u0662", "1.5", "1e3", "\t\n42\x0c\r ", "\u200012",
          "0b101", "0o17", "9" * 30, "-" + "9" * 30, "+", "++1", "-0", "0_", "\u00b2",
          "１２３", "1\u00a0", "\u2003 7 \u3000"]:
    show(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b11", 0), ("0b11", 2), ("z", 36),
             ("Z", 36), ("10", 2), ("12", 2), ("0x_f", 16), ("0x_f", 0), ("0_x1", 0), ("010", 0), ("0", 0),
             ("000", 0), ("0_0_0", 0), ("08", 0), ("1_0", 0), ("  -0x1F  ", 0), ("11", 1), ("11", 37),
             ("11", -1), ("0B1", 0), ("0O7", 0), ("0X7", 0), ("0x", 16), ("0b", 0), ("0xg", 16),
             ("-0b1", 0), ("+0o7", 8), ("7", 8), ("8", 8), ("0o8", 0)]:
    show(lambda: int(s, b))
show(lambda: int(b"42"))
show(lambda: int(b" -42 "))
show(lambda: int(bytearray(b"17"), 8))
show(lambda: int(b"4x2"))
show(lambda: int(b"\xff"))
show(lambda: int(12, 10))
show(lambda: int(12.0, 10))
show(lambda: int(None))
show(lambda: int([1]))
show(lambda: int(3.99))
show(lambda: int(-3.99))
show(lambda: int(1e20))
show(lambda: int(-1.5e300))
show(lambda: int(float("inf")))
show(lambda: int(float("-inf")))
show(lambda: int(float("nan")))
show(lambda: int("10", base=2))
show(lambda: int(x="10"))
show(lambda: int("10", 2, 3))
show(lambda: int(base=2))
show(lambda: int())
show(lambda: int("10", 2.0))
show(lambda: int("10", 2**70))
show(lambda: int(True))
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class N:
    def __int__(self): return 11
class Bad:
    def __int__(self): return "x"
class BadI:
    def __index__(self): return 1.5
show(lambda: int(I()))
show(lambda: int(T()))
show(lambda: int(N()))
show(lambda: int(Bad()))
show(lambda: int(BadI()))
show(lambda: int("12", I()))
class MyInt(int):
    pass
show(lambda: MyInt("12"))
show(lambda: type(MyInt(5)).__name__)
show(lambda: MyInt(5) + 1)
show(lambda: type(MyInt(5) + 1).__name__)
show(lambda: repr(MyInt(-9)))
show(lambda: int(MyInt(3)))
show(lambda: type(int(MyInt(3))).__name__)

# str/repr
for v in [0, -0, 5, -5, 10**18, 2**63, -2**63, 2**64, -(10**40), 123456789 ** 5]:
    print(str(v), repr(v), v)
print(bin(0), bin(5), bin(-5), bin(2**70), bin(-2**70))
print(oct(0), oct(8), oct(-8), oct(2**70))
print(hex(0), hex(255), hex(-255), hex(2**70), hex(-(2**64)))
show(lambda: bin(1.5))
show(lambda: hex("a"))
show(lambda: oct(None))
show(lambda: hex(I()))
show(lambda: bin(True))

# the 4300-digit limit
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
show(lambda: str(10 ** 4300))
show(lambda: repr(-(10 ** 5000)))
show(lambda: int("1" * 4300) % 1000)
show(lambda: int("1" * 4301))
show(lambda: int("-" + "1" * 4301))
show(lambda: int("1" * 5000, 16) % 1000)
show(lambda: int("1_" * 4300 + "1"))
show(lambda: len(hex(10 ** 5000)))
show(lambda: f"{10**5000}")
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
show(lambda: len(str(10 ** 4999)))
show(lambda: len(str(10 ** 5000)))
show(lambda: sys.set_int_max_str_digits(100))
show(lambda: sys.set_int_max_str_digits(-1))
sys.set_int_max_str_digits(0)
show(lambda: len(str(10 ** 10000)))
show(lambda: int("7" * 10000) % 97)
sys.set_int_max_str_digits(640)
show(lambda: len(str(10 ** 639)))
show(lambda: str(10 ** 640))
show(lambda: int("9" * 641))
sys.set_int_max_str_digits(4300)

# to_bytes / from_bytes
show(lambda: (1024).to_bytes(2, "big"))
show(lambda: (1024).to_bytes(2, "little"))
show(lambda: (1024).to_bytes(10, byteorder="big"))
show(lambda: (-1).to_bytes(2, "big", signed=True))
show(lambda: (-129).to_bytes(2, "little", signed=True))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (-128).to_bytes(1, "big", signed=True))
show(lambda: (-129).to_bytes(1, "big", signed=True))
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (0).to_bytes(0, "big"))
show(lambda: (1).to_bytes(0, "big"))
show(lambda: (5).to_bytes())
show(lambda: (5).to_bytes(-1, "big"))
show(lambda: (5).to_bytes(1, "middle"))
show(lambda: (5).to_bytes(1, 5))
show(lambda: (2**100).to_bytes(13, "big"))
show(lambda: (2**100).to_bytes(12, "big"))
show(lambda: int.from_bytes(b"\x00\x10", "big"))
show(lambda: int.from_bytes(b"\x00\x10", "little"))
show(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
show(lambda: int.from_bytes(b"\xff\xff", "big"))
show(lambda: int.from_bytes(b"", "big", signed=True))
show(lambda: int.from_bytes([1, 2, 3], "big"))
show(lambda: int.from_bytes([1, 256], "big"))
show(lambda: int.from_bytes(b"\x01"))
show(lambda: int.from_bytes(b"\x01", "huge"))
show(lambda: int.from_bytes(5, "big"))
show(lambda: int.from_bytes("ab", "big"))
show(lambda: MyInt.from_bytes(b"\x05", "big"))
show(lambda: type(MyInt.from_bytes(b"\x05", "big")).__name__)
show(lambda: bool.from_bytes(b"\x05", "big"))
show(lambda: (255).to_bytes(1, "big", True))
