import filecmp
import os
import tempfile

root = tempfile.mkdtemp()
def w(rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path

a = w("a.txt", b"hello world\n" * 1000)
b = w("b.txt", b"hello world\n" * 1000)
c = w("c.txt", b"hello World\n" * 1000)
d = w("d.txt", b"short")
print(filecmp.cmp(a, b), filecmp.cmp(a, b, shallow=False), filecmp.cmp(a, c), filecmp.cmp(a, c, False))
print(filecmp.cmp(a, d), filecmp.cmp(a, a), filecmp.cmp(a, a, shallow=False), filecmp.cmp(a, root))
try:
    filecmp.cmp(a, os.path.join(root, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
filecmp.clear_cache()
print(filecmp.DEFAULT_IGNORES, filecmp.BUFSIZE)

L = os.path.join(root, "left")
R = os.path.join(root, "right")
for side in ("left", "right"):
    w(side + "/same.txt", b"same")
    w(side + "/sub/inner.txt", b"inner " + side.encode())
    w(side + "/sub/deep/z.txt", b"z")
    w(side + "/CVS/ignored", b"x")
    w(side + "/mixed", b"file") if side == "left" else os.makedirs(os.path.join(R, "mixed"))
w("left/diff.txt", b"left version")
w("right/diff.txt", b"right versio")
w("left/only_left.txt", b"l")
w("right/only_right.txt", b"r")
w("left/sub/lonly", b"1")
print(filecmp.cmpfiles(L, R, ["same.txt", "diff.txt", "nope.txt", "sub"]))
print(filecmp.cmpfiles(L, R, ["same.txt", "diff.txt"], shallow=False))
dc = filecmp.dircmp(L, R)
print(dc.left_list, dc.right_list)
print(dc.common, dc.left_only, dc.right_only)
print(dc.common_dirs, dc.common_files, dc.common_funny)
print(dc.same_files, dc.diff_files, dc.funny_files)
print(sorted(dc.subdirs), type(dc.subdirs["sub"]).__name__)
try:
    dc.nonexistent
except AttributeError as e:
    print("AttributeError", e)

def clean(text):
    return text.replace(root, "ROOT")
import io, contextlib
for meth in ("report", "report_partial_closure", "report_full_closure"):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        getattr(filecmp.dircmp(L, R), meth)()
    print(meth)
    print(clean(buf.getvalue()))
dc2 = filecmp.dircmp(L, R, ignore=[], hide=[])
print(dc2.left_list, dc2.common_dirs)
dc3 = filecmp.dircmp(L, R, ignore=["sub", "CVS"])
print(dc3.common, dc3.subdirs)
print(filecmp.dircmp[str])
