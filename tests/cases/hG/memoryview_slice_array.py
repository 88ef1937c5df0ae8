m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m[::2].tobytes(), m[::-1].tobytes(), len(m[2:]), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = 72; mv[1:3] = b"EL"; print(ba, mv.tolist(), mv.hex(), mv == b"HELlo", mv.obj is ba)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    mv[9]
except IndexError as e:
    print("IndexError", e)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError", e)
mv.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
ba.append(33); print(ba)
import array
a = array.array("h", [1, -2, 3, 4])
ma = memoryview(a); print(ma.format, ma.itemsize, ma[1], ma[1:3].tolist(), ma.nbytes, ma.cast("B").tolist()[:4], len(ma.cast("B")))
ma[0] = 100; print(a)
with memoryview(b"xyz") as w:
    print(w[1:].tobytes(), list(w))
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"a") != b"b", bytes(memoryview(bytearray(3))), memoryview(b"abc")[-2:].tobytes())
mm = memoryview(bytearray(range(8)))
print(mm.cast("H").tolist() if False else mm.cast("I").shape, mm[2:6].cast("h").tolist() if True else "", mm.toreadonly().readonly)
mm[2:4] = mm[4:6]; print(mm.tolist())
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print("ValueError", e)
print(hash(memoryview(b"ab")) == hash(b"ab"))
