print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes("abc", "ascii"), bytes(range(65, 70)))
print(bytes(bytearray(b"q")), bytes(memoryview(b"mv")), bytes("é", "utf-8"), bytes("é", "latin-1"))
print(bytes.fromhex("41 42"), bytes.fromhex(""), b"ab".hex(), b"abc".hex("-"), b"abcd".hex(":", 2))
for bad in [(-1,), ([256],), ("abc",), (1.5,), ("a", "nope"), ([1, "a"],), (b"x", "utf-8")]:
    try:
        print(bytes(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytes.fromhex("4g")
except ValueError as e:
    print("ValueError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" < b"a", b"b" > b"abc", b"a" == b"a", b"a" == "a", b"a" != bytearray(b"a"))
print(bytearray(b"a") == b"a", bytearray(b"ab") < b"ac", b"x" <= b"x", b"\xff" > b"\x00")
try:
    b"a" < "a"
except TypeError as e:
    print("TypeError", e)
try:
    b"a" < 1
except TypeError as e:
    print("TypeError", e)
print(b"abc"[0], b"abc"[-1], b"abc"[1:], b"abc"[::-1], list(b"hi"), b"h" in b"hi", 104 in b"hi", b"" in b"x")
try:
    "h" in b"hi"
except TypeError as e:
    print("TypeError", e)
try:
    300 in b"hi"
except ValueError as e:
    print("ValueError", e)
print(repr(b"\x00\t\n\r'\"\\\x7f\x80"), repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"'")))
print(b"a,b,,c".split(b","), b" x  y ".split(), b"abc".replace(b"b", b"BB"), b"-".join([b"a", bytearray(b"b")]))
print(b"Hello".lower(), b"hello world".title(), b"abc".center(9, b"*"), b"42".zfill(5), b"abc".startswith((b"x", b"a")))
print(hash(b"abc") == hash(b"abc"), b"ab" + bytearray(b"c"), bytearray(b"c") + b"ab", b"ab" * 0, 3 * b"ab")
print(b"%d-%s" % (1, b"x"), b"abc".decode(), b"\xff".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), b"abc".index(b"c"), b"aXbXc".partition(b"X"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"a b".translate(None, b" "), b"\t x".expandtabs(4))
