import os
fn = "hz_file_modes.txt"
with open(fn, "w", encoding="utf-8") as f:
    print(f.write("line1\nlíne2\r\nline3\rend"), f.tell() > 0, f.mode, f.name, f.encoding, f.closed, f.writable(), f.readable())
print(f.closed)
with open(fn, "rb") as f:
    raw = f.read(); print(raw, len(raw))
with open(fn, encoding="utf-8") as f:
    print(repr(f.read()))
with open(fn, encoding="utf-8", newline="") as f:
    print(f.readlines())
with open(fn, encoding="utf-8", newline="\r\n") as f:
    print(f.readlines())
with open(fn, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline(3)), f.readline(), [l for l in f])
with open(fn, "a", encoding="utf-8") as f:
    f.write("\nappended")
with open(fn, "r+", encoding="utf-8") as f:
    f.seek(0); f.write("LINE1"); f.seek(0); print(repr(f.read(12)))
with open(fn, "rb") as f:
    f.seek(-8, 2); print(f.read(), f.tell()); f.seek(2); print(f.read(3), f.seek(0, 1))
try:
    open(fn, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
for mode in ("rw", "z", "rb+x", "bt"):
    try:
        open(fn, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open(fn, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
with open(fn, "wb") as f:
    f.write(b"\xff\xfe bad utf8")
try:
    with open(fn, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
with open(fn, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(fn, "w") as f:
    f.writelines(["a\n", "b\n"])
print(open(fn).read().splitlines(), os.path.getsize(fn))
f = open(fn); f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(fn)
try:
    open(fn)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(".", "w")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
