# memoryview: item assignment, release, exports, casts, comparison (statements run with exec).
def t(src):
    try:
        exec(src, {})
        return "ok"
    except Exception as e:
        return "!! %s %s" % (type(e).__name__, e)


SRC = r'''
m = memoryview(bytearray(b"abc")); m[0] = 256
m = memoryview(bytearray(b"abc")); m[0] = b"a"
m = memoryview(bytearray(b"abc")); m[0] = -1
m = memoryview(bytearray(b"abc")); m[0] = 1.5
m = memoryview(bytearray(b"abc")); m[0:2] = b"a"
m = memoryview(bytearray(b"abc")); m[0:2] = b"xy"; print(m.obj)
m = memoryview(bytearray(b"abc")); m[::2] = b"xy"; print(m.obj)
m = memoryview(bytearray(b"abc")); m[0:2] = bytearray(b"xy"); print(m.obj)
m = memoryview(bytearray(b"abc")); m[0:2] = "xy"
m = memoryview(bytearray(b"abc")); m[0:2] = memoryview(b"abcd").cast("h")[:1]
m = memoryview(bytearray(b"abc")); del m[0]
m = memoryview(bytearray(b"abc")); m[5] = 1
m = memoryview(bytearray(b"abc")); m[-4]
m = memoryview(bytearray(b"abc")); m["a"] = 1
m = memoryview(bytearray(b"abcd")).cast("c"); m[0] = b"z"; print(m.obj)
m = memoryview(bytearray(b"abcd")).cast("c"); m[0] = b"zz"
m = memoryview(bytearray(b"abcd")).cast("c"); m[0] = 1
m = memoryview(bytearray(b"abcd")).cast("b"); m[0] = -5; print(m.obj)
m = memoryview(bytearray(b"abcd")).cast("b"); m[0] = 200
m = memoryview(bytearray(b"abcd")).cast("h"); m[0] = 40000
m = memoryview(bytearray(b"abcd")).cast("H"); m[0] = 40000; print(m.tolist())
m = memoryview(bytearray(8)).cast("d"); m[0] = 1.5; print(m.tolist(), m.obj)
m = memoryview(bytearray(8)).cast("d"); m[0] = 1; print(m.tolist())
m = memoryview(bytearray(8)).cast("d"); m[0] = "x"
m = memoryview(bytearray(4)).cast("f"); m[0] = 0.1; print(m.tolist())
m = memoryview(bytearray(2)).cast("?"); m[0] = 5; print(m.tolist(), m.obj)
m = memoryview(bytearray(b"abc")); m.release(); m[0]
m = memoryview(bytearray(b"abc")); m.release(); len(m)
m = memoryview(bytearray(b"abc")); m.release(); m.tobytes()
m = memoryview(bytearray(b"abc")); m.release(); print(m == m, m == b"abc", m.readonly)
b = bytearray(b"abc"); m = memoryview(b); b.append(1)
b = bytearray(b"abc"); m = memoryview(b); b += b"x"
b = bytearray(b"abc"); m = memoryview(b); b[0] = 1; print(m.tolist())
b = bytearray(b"abc"); m = memoryview(b); b[0:1] = b"zz"
b = bytearray(b"abc"); m = memoryview(b); m.release(); b.append(1); print(b)
b = bytearray(b"abc"); m = memoryview(b); del m; b.append(1); print(b)
b = bytearray(b"abc"); m = memoryview(b)[1:]; b.pop()
b = bytearray(b"abc"); m = memoryview(b); m2 = m[1:]; m.release(); b.pop()
print(memoryview(b"abc").cast("B", (3, 1)).tolist(), memoryview(b"abcd").cast("B", [2, 2])[1, 0])
memoryview(b"abcd").cast("B", [2, 2])[1]
memoryview(b"abcd").cast("B", [2, 2])[0:1]
memoryview(b"abcd").cast("B", [3])
memoryview(b"abcd").cast("B", 4)
memoryview(b"abcd").cast(1)
memoryview(b"abcd").cast("@B").format
print(memoryview(b"abcd").cast("=B"))
print(len(memoryview(b"abcd").cast("B", [2, 2])), memoryview(b"abcd").cast("B", [2, 2]).strides, memoryview(b"abcd").cast("B", [2,2]).cast("B").shape)
print(memoryview(b"abcd").cast("h", [2]).cast("B", [2, 2]).tolist())
m = memoryview(b"abcdef"); print(m[1:5][::2].tolist(), m[::-2].tobytes(), m[5:0:-2].tolist(), m[1:5][::2].obj)
m = memoryview(b"abcdef"); print(m[::-1][1:3].tolist(), m[::2][::-1].tolist(), bytes(m[::-1]))
m = memoryview(b"ab"); print(m.__enter__() is m, m.__exit__(None, None, None), m.tobytes())
print(memoryview(b"abc") == memoryview(bytearray(b"abc")), memoryview(b"\\xff").cast("b") == memoryview(b"\\xff"), memoryview(b"\\xff").cast("b").tolist())
print(memoryview(bytearray(b"\\x00\\x00\\xc0\\x7f")).cast("f") == memoryview(bytearray(b"\\x00\\x00\\xc0\\x7f")).cast("f"))
print(memoryview(b"ab") != b"ab", memoryview(b"ab") == [97, 98], memoryview(b"ab") == (97, 98))
hash(memoryview(b"abcd").cast("h"))
print(hash(memoryview(b"abcd").cast("c")) == hash(b"abcd"), hash(memoryview(b"ab")[::-1]) == hash(b"ba"))
print(memoryview(b"abc").hex(), memoryview(b"abcdef").hex(":", 2), memoryview(b"abcd").cast("h").hex())
print(memoryview(b"abcd").cast("i").tolist(), memoryview(b"abcdefgh").cast("q").tolist(), memoryview(b"abcdefgh").cast("l").itemsize)
print(memoryview(b"abcdefgh").cast("d").tolist(), memoryview(b"abcdefgh").cast("N").tolist(), memoryview(b"abcdefgh").cast("P").tolist())
print(list(memoryview(b"abcd").cast("h")), 98 in memoryview(b"abc"), b"b" in memoryview(b"abc").cast("c"))
print(memoryview(b"ab").obj, type(memoryview(memoryview(b"ab")).obj), memoryview(memoryview(b"abc")[1:]).tobytes())
print(memoryview(b"ab").f_contiguous, memoryview(b"ab")[::-1].c_contiguous, memoryview(b"abcd").cast("B",[2,2]).f_contiguous)
memoryview(b"abc").tolist(1)
memoryview()
memoryview(b"a", b"b")
memoryview(object=b"a")
print(memoryview(b"abc")[True], memoryview(b"abc")[-1])
memoryview(b"abc")[0, 0]
memoryview(b"abc")[...]
print(memoryview(b"abc")[...])
memoryview(b"abc")[None]
x = memoryview(b"abc"); x.foo = 1
print(memoryview(b"abc") < 1)
print(type(memoryview), memoryview.__name__, type(memoryview(b"")).__name__, isinstance(memoryview(b""), memoryview))
print(bytes(memoryview(b"x")), bytearray(memoryview(b"xy")[::-1]), b"%s" % memoryview(b"q"), b"a" + memoryview(b"z"))
b = bytearray(b"abc"); m = memoryview(b); print(repr(m)[:11], repr(m)[-1]); m.release(); print(repr(m)[:20])
b = bytearray(b"abc"); exec("with memoryview(b) as m: print(m[1])"); b.append(100); print(b)
'''
for line in SRC.strip().splitlines():
    print(line, t(line))
