import gzip
import io
import os
import tempfile
import zlib

data = b"The quick brown fox jumps over the lazy dog.\n" * 50 + bytes(range(256))
blob = gzip.compress(data, mtime=0)
print(blob[:10], blob[-8:], len(gzip.decompress(blob)), gzip.decompress(blob) == data)
for level in (0, 1, 6, 9):
    b = gzip.compress(data, level, mtime=12345)
    print(level, b[:10], gzip.decompress(b) == data)
print(gzip.compress(b"", mtime=0)[:10], gzip.decompress(gzip.compress(b"", mtime=0)))
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0) + b"\0\0"))
print(gzip.decompress(b""), gzip.decompress(bytearray(gzip.compress(b"ba", mtime=0))))
raw = zlib.compressobj(9, zlib.DEFLATED, -15)
z = raw.compress(b"hand made") + raw.flush()
import struct
handmade = (b"\x1f\x8b\x08\x18" + struct.pack("<I", 7) + b"\x00\x03" + b"name.txt\x00comment\x00"
            + z + struct.pack("<II", zlib.crc32(b"hand made"), 9))
print(gzip.decompress(handmade))
g = gzip.GzipFile(fileobj=io.BytesIO(handmade))
print(g.read(), g.mtime)

for bad in [b"xx", b"\x1f\x8b\x07", b"\x1f\x8b\x08\x00", b"\x1f\x8b\x07\x00\x00\x00\x00\x00\x00\x00",
            blob[:-3], blob[:-8] + b"\0" * 8, blob[:-4] + b"\0" * 4, blob + b"junk", blob[:-1]]:
    try:
        gzip.decompress(bad)
    except Exception as e:
        print(type(e).__name__, e)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    print(f.mode, f.name == "", f.writable(), f.readable())
    print(f.write(b"line one\n"), f.write(bytearray(b"line two\n")), f.write(memoryview(b"end")))
out = buf.getvalue()
print(out[:10], out[-8:])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.mode, f.mtime, f.readable(), f.writable(), f.seekable())
    print(f.readline(), f.read(4), f.tell(), f.peek(2)[:2], f.read1(3), f.read())
    f.seek(5)
    print(f.tell(), f.read(3))
    f.seek(2, 1)
    print(f.read(3))
    f.rewind()
    print(list(f))
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt.gz")
with gzip.open(path, "wb", compresslevel=1) as f:
    f.write(data)
with open(path, "rb") as f:
    head = f.read(20)
print(head[:4], head[8:10], head[10:19])
with gzip.open(path) as f:
    print(f.read() == data, f.name == path)
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n")
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.readlines())
with gzip.open(path, "ab") as f:
    f.write(b"appended\n")
with gzip.open(path, "rb") as f:
    print(f.read())
with open(path, "rb") as raw_f:
    with gzip.open(raw_f) as f:
        print(f.readline())

for f in [lambda: gzip.open(path, "rz"), lambda: gzip.open(path, "rb", encoding="u"),
          lambda: gzip.open(path, "rbt"), lambda: gzip.open(3.5),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wb").read(),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(b"")).write(b"x"),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(b"")).read(),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(b"abcdefgh")).read(),
          lambda: gzip.GzipFile(fileobj=io.BytesIO(b"\x00\x00")).read()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError), isinstance(gzip.GzipFile(fileobj=io.BytesIO(b"")), io.BufferedIOBase))

import shutil
shutil.rmtree(tmp)
