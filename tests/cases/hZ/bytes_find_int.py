b = b"hello world"
print(b.find(111), b.find(b"o"), b.rfind(111), b.index(108), b.count(108), 111 in b, b"lo" in b, 300 in b"x" if False else None)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
try:
    "o" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.find(256)
except ValueError as e:
    print(e)
try:
    b.index(b"z")
except ValueError as e:
    print(e)
print(b[0], b[-1], b[1:3], b[::-1], b[::2], list(b[:3]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"))
print(b.upper(), b.title(), b.split(b"o"), b.replace(b"l", b"L", 2), b.startswith(b"he"), b.strip(b"hd"))
print(bytearray(b"abc").find(98), memoryview(b"abc").tobytes(), b"abc" + bytearray(b"d"), bytearray(b"x") + b"y")
print(b"a" * 3, 2 * b"ab", b"abc" < b"abd", b"" < b"\x00", b"ab" == bytearray(b"ab"), hash(b"ab") == hash(b"ab"))
for bad in (lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes.fromhex("zz"), lambda: b"ab"[5]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(b"\t\n\r\x7f'\""), repr(b"'"), repr(bytearray(b'"\'')))
