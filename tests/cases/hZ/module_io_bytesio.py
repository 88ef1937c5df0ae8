import io
b = io.BytesIO(b"abcdef")
print(b.read(2), b.read1(2), b.tell(), b.getvalue(), b.seek(-1, 2), b.read())
b.seek(0); b.write(b"XY"); print(b.getvalue(), b.tell())
b.seek(10); b.write(b"!"); print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
m = b.getbuffer(); print(bytes(m), len(m)); del m
r = io.BytesIO(b"l1\nl2\nl3"); print(r.readline(), r.readlines(), list(io.BytesIO(b"a\nb")))
buf = bytearray(4); n = io.BytesIO(b"xyz").readinto(buf); print(n, buf)
try:
    io.BytesIO().write("s")
except TypeError as e:
    print(e)
c = io.BytesIO(); c.close()
try:
    c.getvalue()
except ValueError as e:
    print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"); w.write("héllo"); w.flush(); print(w.buffer.getvalue())
rd = io.TextIOWrapper(io.BytesIO("a\nbé\n".encode()), encoding="utf-8"); print(rd.readlines())
br = io.BufferedReader(io.BytesIO(b"peek data")); print(br.read(4), br.read())
print(io.BytesIO(b"abc").read(0), io.BytesIO(b"").read(), io.BytesIO(b"ab").seekable(), io.SEEK_END)
