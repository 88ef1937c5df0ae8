def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, repr(r) if f is not memoryview else (r.tolist(), r.format, r.itemsize, r.readonly))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in (bytes, bytearray):
    t(f)
    t(f, 3)
    t(f, 0)
    t(f, -1)
    t(f, [1, 2, 255])
    t(f, [256])
    t(f, [-1])
    t(f, ["a"])
    t(f, [1.0])
    t(f, range(65, 70))
    t(f, (x for x in b"gen"))
    t(f, "abc")
    t(f, "abc", "ascii")
    t(f, "é", "utf-8")
    t(f, "é", "ascii")
    t(f, "é", "ascii", "ignore")
    t(f, "é", "ascii", "replace")
    t(f, "é", "ascii", "xmlcharrefreplace")
    t(f, "é", "ascii", "backslashreplace")
    t(f, "x", "nosuchcodec")
    t(f, "x", errors="strict")
    t(f, b"abc", "utf-8")
    t(f, 3, "utf-8")
    t(f, b"raw")
    t(f, bytearray(b"ba"))
    t(f, memoryview(b"mv"))
    t(f, 1.5)
    t(f, None)
    t(f, {1: 2})
    t(f, source=b"kw")
    t(f, 2**62)
    t(f, "a", encoding="utf-16")
    t(f, "a", encoding="utf-16-le")
    t(f, x=1)
class Idx:
    def __index__(self):
        return 4
t(bytes, Idx())
t(bytearray, Idx())
t(bytes, [Idx()])
class BB:
    def __bytes__(self):
        return b"from dunder"
t(bytes, BB())
t(bytearray, BB())
class BadBB:
    def __bytes__(self):
        return "str"
t(bytes, BadBB())
class BSub(bytes):
    pass
class RetSub:
    def __bytes__(self):
        return BSub(b"sub")
r = bytes(RetSub())
print(type(r).__name__, r)
print(type(BSub(b"x")).__name__, BSub(b"x") == b"x", repr(BSub(b"q")))
t(memoryview, b"abc")
t(memoryview, bytearray(b"xy"))
t(memoryview, "abc")
t(memoryview, 5)
t(memoryview)
t(memoryview, b"a", b"b")
m = memoryview(b"hello")
print(m[0], m[-1], bytes(m[1:3]), m.nbytes, len(m), m.tobytes(), m.hex(), m == b"hello")
try:
    m[0] = 1
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b"hello")
mb = memoryview(ba)
mb[0] = ord("J")
print(ba)
try:
    ba.append(1)
except Exception as e:
    print(type(e).__name__, e)
mb.release()
ba.append(33)
print(ba)
try:
    mb[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    mb[0] = 300
except Exception as e:
    print(type(e).__name__, e)
m2 = memoryview(bytearray(4))
try:
    m2[0] = 300
except Exception as e:
    print(type(e).__name__, e)
try:
    m2[0:2] = b"abc"
except Exception as e:
    print(type(e).__name__, e)
m2[0:2] = b"ab"
print(m2.tobytes(), m2.cast("H").tolist() if False else "", list(m2))
print(bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"), b"\x00\xff".hex(":"), b"abc".hex("-", 2))
try:
    bytes.fromhex("zz")
except Exception as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("abc")
except Exception as e:
    print(type(e).__name__, e)
print(bytes(3) + bytearray(b"x"), bytearray(b"x") + b"y", b"ab" * 2, 2 * bytearray(b"c"))
print(b"a" in b"cat", 97 in b"cat", b"" in b"x")
try:
    256 in b"x"
except Exception as e:
    print(type(e).__name__, e)
try:
    "a" in b"abc"
except Exception as e:
    print(type(e).__name__, e)
