import io
s = io.StringIO("hello\nworld\n")
print(s.read(3), s.tell(), s.readline(), s.readlines(), s.read(), s.tell())
s.seek(0); print(s.read()); s.seek(2); s.write("XY"); print(s.getvalue())
s.seek(0, 2); s.write("end"); print(s.getvalue(), s.tell())
try:
    s.seek(-1)
except ValueError as e:
    print(e)
try:
    s.seek(1, 1)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
t = io.StringIO(); t.write("abc"); t.seek(10); t.write("z"); print(repr(t.getvalue()))
t.truncate(2); print(repr(t.getvalue()), t.tell())
u = io.StringIO("a\nb\nc"); print([l for l in u], list(io.StringIO("x\ny")))
v = io.StringIO(newline=None); v.write("a\r\nb\rc\n"); print(repr(v.getvalue()))
w = io.StringIO("abc"); w.close(); print(w.closed)
try:
    w.read()
except ValueError as e:
    print(e)
with io.StringIO("ctx") as c:
    print(c.read(), c.readable(), c.writable(), c.seekable())
print(c.closed, io.StringIO("q").read(-1), io.StringIO("abc").read(None))
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
