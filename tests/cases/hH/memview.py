m = memoryview(b"abcdef")
print(type(m).__name__, m.tolist(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, len(m), m[0], m[-1], bytes(m[1:3]), m[::2].tolist(), m[::-1].tobytes(), m.hex(), m.hex(":"), m.obj == b"abcdef", m.contiguous, m.c_contiguous)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = 72; mv[1:3] = b"EL"; print(ba, mv.readonly)
for op in [lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b"xyz"), lambda: mv[10], lambda: mv.__setitem__(0, b"x"), lambda: memoryview("str"), lambda: memoryview(5), lambda: mv["a"]]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(mv == b"HELlo", mv == ba, memoryview(b"ab") == memoryview(b"ab"), mv != b"x", mv.tobytes(), list(mv), bytes(mv), bytearray(mv))
c = memoryview(bytearray(b"\x01\x00\x02\x00")).cast("H")
print(c.format, c.itemsize, c.tolist(), len(c), c.nbytes, c.shape, c[1])
c[0] = 513; print(c.tolist(), c.obj)
i = memoryview(bytes(range(8))).cast("i"); print(i.tolist(), i.cast("B").tolist()[:4])
b2 = memoryview(bytes(range(6))).cast("B", (2, 3)); print(b2.shape, b2.tolist(), b2.ndim, b2.strides)
for bad in [lambda: memoryview(b"abc").cast("H"), lambda: memoryview(b"ab").cast("Q"), lambda: memoryview(b"ab").cast("z")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
r = memoryview(b"xyz")
r.release(); print(repr(r).split(" at ")[0])
try:
    r[0]
except ValueError as e:
    print("ValueError", e)
try:
    len(r)
except ValueError as e:
    print("ValueError", e)
with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError", e)
bb = bytearray(b"grow")
mm = memoryview(bb)
try:
    bb.append(1)
except BufferError as e:
    print("BufferError", e)
mm.release(); bb.append(33); print(bb)
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print("ValueError", e)
print(hash(memoryview(b"abc")) == hash(b"abc"), memoryview(b"abc").toreadonly().readonly, memoryview(b"").tolist(), memoryview(b"ab")[0:0].tobytes())
import array
arr = array.array("h", [1, -2, 3])
ma = memoryview(arr); print(ma.format, ma.itemsize, ma.tolist(), ma[1], ma.nbytes, bytes(ma))
ma[1] = 7; print(arr)
