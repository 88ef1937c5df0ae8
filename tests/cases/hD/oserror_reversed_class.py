import errno
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 999, -1]:
    e = OSError(n, "msg")
    print(n, type(e).__name__, e.errno, e.strerror, str(e), repr(e))
print(type(OSError(2)).__name__, type(OSError(2, "a", "f", None, "g")).__name__, type(OSError("2", "x")).__name__, type(OSError(True, "x")).__name__)
print(str(OSError(2, "a", "f", None, "g")), type(IOError(2, "x")).__name__, type(EnvironmentError(17, "x")).__name__)
class MyOS(OSError): pass
print(type(MyOS(2, "x")).__name__, type(FileExistsError(2, "x")).__name__)
try:
    raise OSError(errno.ENOENT, "No such file or directory", "missing.txt")
except FileNotFoundError as e:
    print("caught as FileNotFoundError:", e, e.filename)
try:
    raise OSError(errno.EACCES, "Permission denied")
except PermissionError as e:
    print("PermissionError", e.errno == errno.EACCES)
class A: pass
class B: pass
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
a = A()
for target in (B, int, S1, list, object):
    try:
        a.__class__ = target
        print("ok", type(a).__name__)
        a.__class__ = A
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (5).__class__ = bool
except TypeError as e:
    print(e)
try:
    S1().__class__ = S2
except TypeError as e:
    print(e)
class OldSeq:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
class Both(OldSeq):
    def __len__(self): return 3
for obj in (OldSeq(), Both(), {1: 2}, {1}, 5, "abc", (1, 2), range(3), b"xy"):
    try:
        print(list(reversed(obj)))
    except TypeError as e:
        print(type(e).__name__, e)
