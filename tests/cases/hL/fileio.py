import os
import tempfile
import csv
import json
import io
import pathlib
import shutil

d = tempfile.mkdtemp()
p = os.path.join(d, "notes.txt")
with open(p, "w") as f:
    f.write("line one\nline two\n")
    print(f.write("third"), f.name == p, f.mode, f.closed)
print(f.closed)
with open(p) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(p, "a", encoding="utf-8") as f:
    print("appended", file=f)
with open(p) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line))
with open(p, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(5)
    print(f.read(3))
print(os.path.exists(p), os.path.getsize(p), os.path.basename(p), os.path.splitext(p)[1])
rows = [{"name": "Ann", "age": 30, "city": "Oslo"}, {"name": "Bob, Jr.", "age": 4, "city": 'Say "hi"'}]
cp = os.path.join(d, "people.csv")
with open(cp, "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["name", "age", "city"])
    w.writeheader()
    w.writerows(rows)
with open(cp, newline="") as f:
    print(repr(f.read()))
with open(cp, newline="") as f:
    for r in csv.DictReader(f):
        print(dict(r))
jp = pathlib.Path(d) / "data.json"
jp.write_text(json.dumps({"rows": rows, "n": 2}, indent=1))
print(json.loads(jp.read_text())["rows"][1]["city"], jp.suffix, jp.stem, jp.name, jp.exists())
print(sorted(x.name for x in pathlib.Path(d).iterdir()))
print(sorted(pathlib.Path(d).glob("*.csv"))[0].name)
sub = pathlib.Path(d, "sub", "deeper")
sub.mkdir(parents=True)
(sub / "x.bin").write_bytes(bytes(range(5)))
print((sub / "x.bin").read_bytes(), (sub / "x.bin").stat().st_size)
for root, dirs, files in sorted(os.walk(d)):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(d, "missing.txt"))
try:
    os.mkdir(sub)
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
try:
    with open(p) as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
os.rename(p, p + ".bak")
print(os.path.isfile(p), os.path.isfile(p + ".bak"))
os.remove(p + ".bak")
shutil.rmtree(d)
print(os.path.exists(d))
with tempfile.TemporaryDirectory() as td:
    fp = pathlib.Path(td, "a.txt")
    with fp.open("w") as fh:
        fh.writelines(["a\n", "b\n"])
    print(fp.read_text().splitlines())
with tempfile.NamedTemporaryFile("w+", suffix=".log") as tf:
    tf.write("hello")
    tf.seek(0)
    print(tf.read(), tf.name.endswith(".log"))
buf = io.StringIO("x,y\n1,2\n3,4\n")
print(list(csv.reader(buf)))
b = io.BytesIO()
b.write(b"abc")
print(b.getvalue(), b.tell())
