# Results and error messages of bytes/bytearray/memoryview operations: each line is
# evaluated and its result or exception printed.
def show(e):
    try:
        return "-> " + repr(eval(e))
    except Exception as x:
        return "!! %s %s" % (type(x).__name__, x)


EXPRS = r'''
b"a".center(3, "x")
b"a".center(3, b"xy")
b"a".center(3, 1)
b"a".ljust(3, bytearray(b"x"))
b"a".center()
b"a".zfill()
b"a".strip("a")
b"a".strip(1)
b"a".split("a")
b"a".split(1)
b"a".split(b"")
b"a".find("a")
b"a".find(256)
b"a".find(-1)
b"a".find(97)
b"a".count(1.5)
b"a".index(b"b")
b"a".rindex(98)
b"a".startswith("a")
b"a".startswith((b"a", "b"))
b"a".startswith(97)
b"a".replace("a", b"b")
b"a".replace(b"a", "b")
b"a".partition("a")
b"a".partition(b"")
b"a".join(["a"])
b"a".join([b"x", 1])
b"a".join(5)
b"a".removeprefix("a")
b"a".translate(b"x")
b"a".translate("x" * 256)
b"a".translate(None, "a")
b"abc".translate(None, b"b")
bytes.maketrans(b"a", b"bc")
bytes.maketrans("a", "b")
b"a".decode(1)
b"a".hex(1)
b"a".hex("")
b"a".hex("ab")
b"a".hex("\xe9")
b"abc".hex(":", 0)
b"abcdef".hex(":", 2)
b"abcdef".hex(":", -2)
b"abcde".hex(b"-", 2)
bytes.fromhex(b"ab")
bytes.fromhex("a")
bytes.fromhex("abc")
bytes.fromhex(" ab cd ")
bytes.fromhex("ab\tcd\n")
bytes.fromhex("zz")
bytes.fromhex("a b")
bytes.fromhex("ab\x0bcd")
bytes.fromhex("ab\u3000cd")
bytearray.fromhex("0a0b")
bytes(-1)
bytes("a")
bytes(1.5)
bytes([256])
bytes([-1])
bytes(["a"])
bytes(None)
bytes(b"a", "utf-8")
bytes(1, "utf-8")
bytes(errors="strict")
bytes("a", errors="strict")
bytes(encoding="utf-8")
bytes(x=1)
bytearray(-1)
bytearray("a")
bytearray(1.5)
bytearray([300])
bytearray(b"a", "utf-8")
bytearray(errors="x")
bytearray(encoding="x")
b"a"[1]
bytearray(b"a")[1]
bytearray(b"a")[1.5]
b"a" + "b"
b"a" + 1
bytearray(b"a") + "b"
"b" + b"a"
b"a" * 1.5
b"a" < "a"
"a" in b"a"
256 in b"a"
-1 in b"a"
1.5 in b"a"
b"a" == "a"
b"%s" % "x"
b"%s" % 1
b"%c" % 256
b"%c" % "a"
b"%c" % b"ab"
b"%x" % 1.5
b"%y" % 1
b"%s %s" % (b"a",)
b"%s" % (b"a", b"b")
b"%(a)s" % {b"a": 1}
b"%(a)s" % {"a": b"1"}
b"%r" % "é"
b"%a" % b"x"
b"%5b|%-5b|" % (b"ab", b"cd")
b"abc" % ()
b"abc" % []
b"abc" % b"x"
b"abc" % 5
b"a".isalpha(1)
b"a".upper(1)
b"a".split(maxsplit="x")
b"a".expandtabs("x")
b"a".splitlines(1, 2)
b"a".__getitem__()
bytearray(b"a").append("a")
bytearray(b"a").append(256)
bytearray(b"a").append(-1)
bytearray(b"a").append()
bytearray(b"a").extend(1)
bytearray(b"a").extend("ab")
bytearray(b"a").extend([256])
bytearray(b"a").extend(["a"])
bytearray(b"a").insert(0, 256)
bytearray(b"a").insert("x", 1)
bytearray(b"a").insert(0)
bytearray().pop()
bytearray(b"a").pop(5)
bytearray(b"a").pop("x")
bytearray(b"a").remove(98)
bytearray(b"a").remove(256)
bytearray(b"a").remove(b"a")
bytearray(b"a").reverse(1)
bytearray(b"a").copy(1)
bytearray(b"a").clear(1)
b"abc".__sizeof__()
b"".__sizeof__()
b"a".__bytes__()
b"a".__getnewargs__()
hash(bytearray(b"a"))
memoryview("a")
memoryview(1)
memoryview(b"abc")[5]
memoryview(b"abc").cast("x")
memoryview(b"abc").cast("i")
memoryview(b"abcd").cast("i").cast("h")
memoryview(b"abc")[0] = 1
memoryview(bytearray(b"abc"))[0] = 256
memoryview(bytearray(b"abc"))[0] = b"a"
memoryview(bytearray(b"abc"))[0:2] = b"a"
memoryview(bytearray(b"abc"))["x"]
memoryview(bytearray(b"abc"))[1.5]
hash(memoryview(bytearray(b"abc")))
hash(memoryview(b"abc")) == hash(b"abc")
memoryview(b"abc").tolist()
memoryview(b"abc").hex(":")
len(memoryview(b"abcd").cast("h"))
memoryview(b"abcd").cast("h").tolist()
memoryview(b"abcd").cast("b").tolist()
memoryview(b"abcd").cast("c").tolist()
memoryview(b"abcd").cast("c")[0]
memoryview(b"abcd")[::2].tobytes()
memoryview(b"abcd")[::-1].tolist()
memoryview(b"abcd")[1:3].obj
memoryview(b"abcd").format
memoryview(b"abcd").cast("i").itemsize
memoryview(b"abcd").cast("i").shape
memoryview(b"abcd").strides
memoryview(b"abcd").nbytes
memoryview(b"abcd")[::2].nbytes
memoryview(b"abcd").ndim
memoryview(b"abcd").readonly
memoryview(bytearray(b"abcd")).readonly
memoryview(b"abcd") == b"abcd"
memoryview(b"abcd") == bytearray(b"abcd")
memoryview(b"abcd") == memoryview(b"abcd")
memoryview(b"abcd") == "abcd"
memoryview(b"ab") < memoryview(b"ab")
memoryview(b"abcd").cast("h") == memoryview(b"abcd").cast("H")
memoryview(b"abcd").cast("B", (2, 2)).tolist()
bytes(memoryview(b"abc")[1:])
bytearray(memoryview(b"abc"))
b"x".join([memoryview(b"a"), bytearray(b"b")])
b"abc" + memoryview(b"d")
bytearray(b"abc") + memoryview(b"d")
b"abc".startswith(memoryview(b"a"))
memoryview(b"ab").toreadonly().readonly
memoryview(bytearray(b"ab")).toreadonly().readonly
list(memoryview(b"ab"))
memoryview(b"ab").c_contiguous
memoryview(b"abcd")[::2].contiguous
memoryview(b"ab").suboffsets
memoryview(b"abc").cast("B", (3,)).shape
memoryview(b"abcd")[::2].cast("h")
memoryview(b"abcd").tobytes("F")
memoryview(b"abcd").tobytes("X")
'''
for line in EXPRS.strip().splitlines():
    print(line, show(line))
