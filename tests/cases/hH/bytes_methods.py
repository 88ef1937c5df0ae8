print(bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"ab"), bytes(bytearray(b"x")), bytes(memoryview(b"mv")), bytes(), bytes(iter([65])))
for args in [(-1,), ([256],), (["a"],), ("abc",), (1.5,), (None,), ("a", "nope"), (b"a", "utf-8"), (5, "ascii")]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
class I:
    def __index__(self):
        return 2
print(bytes(B()), bytes(I()), bytearray(I()), bytearray(3), bytearray(b"abc"), bytearray("hé", "latin-1"), bytearray([]))
b = b"hello world"
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.center(15, b"*"), b.ljust(13, b"."), b.rjust(12), b.zfill(13), b"-5".zfill(4))
print(b.split(), b.split(b"o"), b.rsplit(b"o", 1), b.split(maxsplit=1), b"a\nb\r\nc".splitlines(), b"a\nb\r\n".splitlines(True), b"  x  ".strip(), b"xxaxx".strip(b"x"), b"abc".lstrip(b"a"), b"abc".rstrip(b"bc"))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"w"), b.count(b"l"), b.count(108), b.startswith(b"he"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2), b.partition(b" "), b.rpartition(b"o"))
try:
    b.index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b.find("o")
except TypeError as e:
    print("TypeError", e)
try:
    b.find(256)
except ValueError as e:
    print("ValueError", e)
print(b"abc".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("-", -2), b"abcde".hex(" ", 2), b"".hex(), bytearray(b"\x01\xff").hex("|"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"))
for s in ["a", "zz", "0 a", "abc"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print("ValueError", e)
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]))
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
print(b"a" + b"b", b"ab" * 2, 0 * b"x", b"ab" + bytearray(b"c"), bytearray(b"c") + b"d", b"x" in b"axb", 120 in b"x", b"" in b"")
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    "s" in b"abc"
except TypeError as e:
    print("TypeError", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError", e)
print(b"a" == "a", b"a" == bytearray(b"a"), b"a" < b"b", b"ab" > b"a", bytearray(b"a") <= b"a", b"abc"[1], b"abc"[-1:], b"abcdef"[::-2], b"abc"[5:])
try:
    b"a" < "b"
except TypeError as e:
    print("TypeError", e)
print(b"%s %d %x %r %a %c %c %5.1f %%" % (b"bytes", 5, 255, b"r", "é", 65, b"Z", 2.25), b"%(k)s" % {b"k": b"v"}, bytearray(b"%s") % b"x")
for fmt, args in [(b"%s", "str"), (b"%c", 256), (b"%d", "1"), (b"%s %s", (b"a",))]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(b"'\"\x00\t\n\x7f\x80"), repr(b"'"), repr(b'"'), repr(bytearray(b"'\"")), repr(bytearray()))
print(b"abc".decode(), b"\xe2\x82\xac".decode("utf-8"), bytearray(b"x").decode("ascii"), b"Hello".isalpha(), b"H1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"Ab Cd".istitle(), b"AB".isupper(), b"ab".islower(), b"\x80".isascii())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"ace"), b"abc".translate(t, b"b"))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(type(bytearray(b"x").upper()).__name__, type(b"x".upper()).__name__)
class MB(bytes):
    pass
m = MB(b"sub")
print(m, type(m).__name__, type(m + b"x").__name__, type(m[1:]).__name__, m == b"sub", hash(m) == hash(b"sub"), type(bytes(m)).__name__)
print(hash(b"abc") == hash(b"abc"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError", e)
