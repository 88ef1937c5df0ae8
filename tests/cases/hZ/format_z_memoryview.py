print(f"{-0.0:z.1f}", f"{-0.001:z.2f}", f"{-0.0:.1f}", format(-1e-10, "z.3e"), format(-0.0, "z"), f"{-0.4:z.0f}", f"{-0.0:z}")
try:
    format(5, "z")
except ValueError as e:
    print(e)
print(format(1234567.891, "n"), format(1234567, "n"), format(0.000012345, "n"), format(12, "_b"), format(2**40, "_x"))
print(format(3+4j, ">20.2f"), format(-1.5j, "+"), format(complex(1, -0.0), ""), repr(complex(-0.0, -0.0)), format(1j, "e"))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 400), round(1e300, -300), round(123, -5), round(-0.5), round(1.5), round(2.5))
b = bytearray(b"hello"); print(b.translate(bytes.maketrans(b"lo", b"01")), b.translate(None, b"l"), b.title(), b.isalpha(), b.zfill(8), b.expandtabs(), b.splitlines(), b.partition(b"l"))
print(bytes(10)[3:5], b"abc".rjust(6, b"-"), b"a,b,,c".split(b","), b"  x  ".strip(), b"AbC".swapcase(), b"abc".removeprefix(b"a"), b"x".isspace(), b"1a".isalnum())
mv = memoryview(bytearray(b"abcdef")); mv[0] = ord("X"); mv[1:3] = b"YZ"; print(mv.obj, mv.tobytes(), mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.hex())
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print(e)
m2 = memoryview(b"abcdef")[::2]; print(m2.tobytes(), len(m2), m2.contiguous, bytes(m2))
with memoryview(b"x") as m3:
    print(m3.tobytes())
try:
    m3.tobytes()
except ValueError as e:
    print(e)
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), b"".join([memoryview(b"a"), b"b"]), memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(b"ab"))
import array
a = array.array("i", [1, 2, 3]); m4 = memoryview(a); print(m4.format, m4.itemsize, m4.tolist(), m4[1], m4.nbytes)
m4[0] = 100; print(a)
print(memoryview(b"abcd").cast("B", (2, 2)).tolist(), memoryview(bytes(8)).cast("d")[0])
