import array
m = memoryview(bytearray(range(16)))
for fmt in "bBhHiIlLqQfd?c":
    try:
        c = m.cast(fmt)
        print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.tolist()[:3], c[0], c.shape, c.strides)
    except Exception as e:
        print(fmt, type(e).__name__, e)
c2 = m.cast("B", (4, 4)); print(c2.tolist(), c2.shape, c2.strides, c2.ndim, c2.nbytes, len(c2), c2.c_contiguous, c2.f_contiguous)
for op in [lambda: c2[0], lambda: c2[0, 1], lambda: c2.cast("H"), lambda: c2.tobytes(), lambda: m.cast("B", (3, 5)), lambda: m.cast("H", (2, 4)).tolist(), lambda: list(c2)]:
    try:
        r = op()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)
s = m[::2]; print(s.tolist(), s.c_contiguous, s.contiguous, s.strides, s.tobytes())
m[::4] = b"WXYZ"; print(m.tobytes())
try:
    m[::4] = b"ab"
except ValueError as e:
    print("ValueError", e)
d = memoryview(array.array("d", [1.5, float("nan")]))
print(d.tolist(), d == d, d == array.array("d", [1.5, float("nan")]), d.format)
f = memoryview(array.array("f", [0.1])); print(f.tolist(), f.format)
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == "ab", memoryview(array.array("H", [1])) == memoryview(b"\x01\x00"), memoryview(array.array("B", [1, 2])) == memoryview(b"\x01\x02"), memoryview(b"abc")[1:] == b"bc")
mb = memoryview(bytearray(4)).cast("?"); mb[0] = True; print(mb.tolist())
try:
    mb[1] = 2
except Exception as e:
    print(type(e).__name__, e)
mc = memoryview(bytearray(b"xy")).cast("c"); print(mc.tolist(), mc[0]); mc[0] = b"z"; print(mc.tobytes())
mi = memoryview(bytearray(8)).cast("i"); mi[1] = -5; print(mi.tolist())
for v in [2**31, 1.5, "x"]:
    try:
        mi[0] = v
    except Exception as e:
        print(type(e).__name__, e)
md = memoryview(bytearray(8)).cast("d"); md[0] = 3; print(md.tolist())
print(memoryview(b"abc").__len__(), bytes(memoryview(b"abc")[::-1]), memoryview(b"xyz").tobytes("A"), memoryview(b"\x00\xff").hex(), memoryview(b"a").cast("c").tolist())
