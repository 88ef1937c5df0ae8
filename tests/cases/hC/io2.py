import io, os, tempfile
s = io.StringIO()
print(s.write("a\nb\n"), s.writelines(["c\n", "d"]), s.getvalue().splitlines(), s.seekable(), s.readable(), s.writable(), s.tell())
s.seek(0); print(s.readline(1), s.readline(), s.readline(-1), s.read(0), s.read(100), s.read())
s = io.StringIO("abc"); s.seek(10); s.write("Z"); print(repr(s.getvalue()))
s = io.StringIO("hello"); print(s.truncate(2), s.getvalue(), s.tell())
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print(e)
try:
    io.StringIO().seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
print(repr(io.StringIO("x\r\ny\rz", newline=None).read()), io.StringIO("x\ny", newline="\r\n").getvalue().encode(), io.StringIO(newline="\r\n").write("a\nb"))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"de")), b.write(memoryview(b"fg")), b.getvalue(), b.tell(), b.seek(0), b.read(), b.seek(2), b.truncate(), b.getvalue())
b = io.BytesIO(b"l1\nl2\nl3"); print(b.readlines(), list(io.BytesIO(b"x\ny")), b.readline())
ba = bytearray(3); print(io.BytesIO(b"abcdef").readinto(ba), ba)
try:
    b.seek(-1)
except ValueError as e:
    print(e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
print(w.write("héllo\n"), w.encoding); w.flush(); print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO("ab\ncd\n".encode("utf-16")), encoding="utf-16"); print(r.readlines())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f.txt")
    with open(p, "w", encoding="utf-8") as f:
        print(f.write("line one\nline two\n"), f.name == p, f.mode, f.closed, f.encoding)
        print("third", file=f)
    print(f.closed, os.path.getsize(p), os.path.exists(p), os.path.isfile(p), os.path.isdir(d))
    with open(p) as f:
        print(f.readline(), f.readlines(), f.read(), f.tell() > 0)
    with open(p, "a") as f:
        f.write("more")
    with open(p, "rb") as f:
        data = f.read(); print(data, f.seek(-4, 2), f.read(), f.tell())
    with open(p, "r+") as f:
        f.seek(5); f.write("ONE"); f.seek(0); print(f.read())
    for line in open(p):
        print(repr(line))
    with open(p, "wb") as f:
        f.write("ümlaut".encode("latin-1"))
    try:
        open(p, encoding="utf-8").read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(open(p, encoding="utf-8", errors="replace").read(), open(p, encoding="latin-1").read())
    try:
        open(os.path.join(d, "nope.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    try:
        open(p, "rw")
    except ValueError as e:
        print(e)
    try:
        open(d)
    except IsADirectoryError as e:
        print(type(e).__name__, e.strerror)
    with open(p, "x" if False else "w") as f:
        pass
    try:
        open(p, "x")
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    f = open(p, "w"); f.close()
    try:
        f.write("x")
    except ValueError as e:
        print(e)
    print(sorted(os.listdir(d)), os.stat(p).st_size)
    os.remove(p); print(os.path.exists(p))
