import io
import os
import tempfile
import zipfile

DT = (2020, 1, 2, 3, 4, 6)


def info(name, ctype=zipfile.ZIP_STORED):
    zi = zipfile.ZipInfo(name, DT)
    zi.compress_type = ctype
    return zi


payload = b"The quick brown fox jumps over the lazy dog. " * 40
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    print(repr(z).split(" at ")[0], z.mode, z.compression)
    z.writestr(info("a.txt"), "hello")
    z.writestr(info("dir/"), b"")
    z.writestr(info("dir/b.bin"), bytes(range(256)))
    z.writestr(info("caf\u00e9.txt"), "unicode name")
    z.comment = b"archive comment"
print(repr(z))
stored = buf.getvalue()
print(len(stored), stored[:40])
print(stored[-40:])

with zipfile.ZipFile(io.BytesIO(stored)) as z:
    print(z.namelist(), z.comment)
    for i in z.infolist():
        print(repr(i), i.date_time, i.CRC, i.header_offset, i.flag_bits, i.external_attr,
              i.create_system, i.create_version, i.extract_version, i.is_dir())
    print(z.read("a.txt"), z.read("dir/b.bin")[:5], z.read(z.getinfo("caf\u00e9.txt")))
    with z.open("a.txt") as f:
        print(repr(f), f.read(2), f.read())
    z.printdir()
    print(z.testzip())
    try:
        z.read("missing")
    except KeyError as e:
        print("KeyError", e)
    try:
        z.writestr("x", b"y")
    except ValueError as e:
        print("ValueError", e)

dbuf = io.BytesIO()
with zipfile.ZipFile(dbuf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(info("big.txt", zipfile.ZIP_DEFLATED), payload)
    z.writestr(info("lvl.txt"), payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=1)
    z.writestr(info("plain.txt"), payload, compress_type=zipfile.ZIP_STORED)
    with z.open(info("streamed.txt", zipfile.ZIP_DEFLATED), "w") as w:
        w.write(b"part one, ")
        w.write(b"part two")
with zipfile.ZipFile(dbuf) as z:
    for i in z.infolist():
        print(i.filename, i.compress_type, i.file_size, i.CRC,
              i.compress_size < i.file_size if i.compress_type else i.compress_size)
    print(z.read("big.txt") == payload, z.read("lvl.txt") == payload, z.read("streamed.txt"))
    with z.open("big.txt") as f:
        print(f.readline()[:20], f.read(5))

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src.txt")
with open(src, "wb") as f:
    f.write(b"file on disk\n" * 3)
path = os.path.join(tmp, "t.zip")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(src, "inside/src.txt")
    z.write(src, arcname="stored.txt", compress_type=zipfile.ZIP_STORED)
    print(repr(z) == "<zipfile.ZipFile filename=%r mode='w'>" % path)
print(zipfile.is_zipfile(path), zipfile.is_zipfile(src), zipfile.is_zipfile(io.BytesIO(stored)))
with zipfile.ZipFile(path, "a") as z:
    z.writestr(info("added.txt"), b"appended later")
with zipfile.ZipFile(path) as z:
    print(z.namelist())
    zi = z.getinfo("inside/src.txt")
    print(zi.file_size, zi.compress_type, oct(zi.external_attr >> 16 & 0o777) != "", zi.is_dir())
    out = os.path.join(tmp, "out")
    print(os.path.relpath(z.extract("inside/src.txt", out), tmp))
    z.extractall(out)
    print(sorted(os.listdir(out)), open(os.path.join(out, "added.txt"), "rb").read())

bad = io.BytesIO(b"this is not a zip file at all")
for f in [lambda: zipfile.ZipFile(bad), lambda: zipfile.ZipFile(io.BytesIO(), "q"),
          lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99),
          lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
          lambda: zipfile.ZipFile(io.BytesIO(stored)).getinfo("nope")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
corrupt = bytearray(stored)
corrupt[corrupt.index(b"hello")] = ord("j")
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as z:
    print(z.testzip())
    try:
        z.read("a.txt")
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
z = zipfile.ZipFile(io.BytesIO(), "w")
z.close()
print(repr(z))
try:
    z.writestr(info("late"), b"")
except ValueError as e:
    print("ValueError", e)
try:
    z.read("x")
except ValueError as e:
    print("ValueError", e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with zipfile.ZipFile(io.BytesIO(), "w") as z:
        z.writestr(info("dup"), b"1")
        z.writestr(info("dup"), b"2")
    print(w[0].category.__name__, w[0].message)
print(repr(zipfile.ZipInfo("x")), zipfile.ZipInfo().filename, zipfile.ZipInfo("d/").is_dir())
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)

import shutil
shutil.rmtree(tmp)
