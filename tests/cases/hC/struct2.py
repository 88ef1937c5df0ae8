import struct
for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "f", "d", "e", "?", "c", "s", "p", "P", "x", "bi", "ib", "hq", "@bq", "=bq", "<bq", "3sI", "0i", "i0q", "10p", "2c", "bhilq", "!fd", "   i  h "]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), "error", e)
print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 64 - 1).hex())
print(struct.pack(">fde", 1.5, -2.25, 0.1).hex(), struct.unpack(">e", b"\x3c\x00"), struct.unpack("<d", struct.pack("<d", float("inf"))), struct.pack("<f", float("nan")).hex())
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x02abcd"), struct.pack("c?", b"x", 5))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@ci", b"a", 1).hex(), struct.pack("i4x", 5))
s = struct.Struct(">I2sh")
print(s.format, s.size, s.pack(1, b"xy", -1), s.unpack(b"\x00\x00\x00\x01xy\xff\xff"), s.unpack_from(b"__\x00\x00\x00\x02ab\x00\x03", 2), repr(s)[:20] if False else '')
buf = bytearray(12); s.pack_into(buf, 2, 7, b"q", 3); print(buf)
for args in [("b", 128), ("B", -1), ("h", 2 ** 15), ("H", 2 ** 16), ("i", 2 ** 31), ("I", -1), ("q", 2 ** 63), ("Q", -1), ("e", 1e10), ("f", 1e300), ("c", b"ab"), ("c", "a"), ("?", []), ("i", 1.0), ("d", "x"), ("s", 1), ("n", 2 ** 64), ("b", True)]:
    try:
        print(args, struct.pack(*args))
    except (struct.error, OverflowError, TypeError) as e:
        print(args, type(e).__name__, e)
for fmt, data in [("i", b"\x00" * 3), ("2h", b"\x00" * 5), ("?", b"\x02"), ("c", b"z")]:
    try:
        print(fmt, struct.unpack(fmt, data))
    except struct.error as e:
        print(fmt, e)
try:
    struct.unpack_from("i", b"abc", 1)
except struct.error as e:
    print(e)
try:
    struct.pack_into("i", bytearray(2), 0, 1)
except struct.error as e:
    print(e)
try:
    struct.Struct(5)
except TypeError as e:
    print(e)
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")), struct.pack(b"<h", 1))
try:
    list(struct.iter_unpack("i", b"abcde"))
except struct.error as e:
    print(e)
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8), struct.unpack(">d", bytes.fromhex("400921fb54442d18")))
