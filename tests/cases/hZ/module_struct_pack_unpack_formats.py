import struct
for fmt, vals in (("<i", (-2,)), (">I", (4000000000,)), ("<h?x", (-3, True)), ("!q", (-2**63,)), ("<Q", (2**64 - 1,)), ("=f", (1.5,)), (">d", (-0.1,)), ("<e", (2.5,)), ("3s", (b"abcdef",)), ("5p", (b"hi",)), ("<2b", (1, -1)), ("c", (b"z",)), ("@bi", (1, 2)), ("<?", (0,)), (">H", (0xBEEF,))):
    b = struct.pack(fmt, *vals)
    print(fmt, b.hex(), struct.unpack(fmt, b), struct.calcsize(fmt))
print(struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@bq"), struct.calcsize("0i"), struct.calcsize("4x"))
for fmt, vals in (("<b", (128,)), ("<B", (-1,)), ("<i", ("x",)), ("<i", (1, 2)), ("z", (1,)), ("<c", (b"ab",)), ("<H", (1.5,))):
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print("error", e)
try:
    struct.unpack("<i", b"abc")
except struct.error as e:
    print(e)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"xx\x05\x00", 2))
s = struct.Struct(">hh"); print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x01\x00\x02"))
buf = bytearray(6); struct.pack_into("<hi", buf, 0, 7, 8) if False else struct.pack_into("<h", buf, 2, 7); print(buf)
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack(">d", float("inf")).hex(), struct.pack("<?", 5))
