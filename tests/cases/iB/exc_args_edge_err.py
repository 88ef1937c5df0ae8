class A(Exception):
    def __init__(self, x, y):
        self.x = x
class B(Exception):
    def __init__(self, *args):
        super().__init__("fixed message")
class C(Exception):
    def __init__(self):
        pass
class SS(str):
    pass
class D(Exception):
    def __str__(self):
        return SS("str subclass")
for e in (A(1, 2), B(1, 2), C(), D(), ValueError(SS("v"))):
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = ValueError("a")
e.args = "abc"
print(e.args, str(e))
e.args = [1]
print(e.args, str(e))
try:
    e.args = 5
except TypeError as t:
    print("TypeError", t)
try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError", t)
try:
    A(1, 2, z=3)
except TypeError as t:
    print("TypeError", t)
try:
    BaseException.__new__(int)
except TypeError as t:
    print("TypeError", t)
print(repr(KeyError(KeyError("nested"))), str(KeyError(KeyError("nested"))))
print(str(KeyError("a\nb")), str(KeyError(("t", 1))))
print(repr(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
print(str(OSError("just one")), str(OSError(13, "Perm", "f")), str(FileNotFoundError(2, "nf", "a", None, "b")))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(str(UnicodeEncodeError("ascii", "é", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
print(str(UnicodeTranslateError("é", 0, 1, "no")))
print(str(StopIteration()), str(StopIteration(1, 2)), StopIteration(7).value)
print(str(SystemExit()), str(SystemExit(None)), SystemExit(1, 2).code)
print(str(ImportError("m", name="n", path="p")), ImportError("m", name="n").name)
try:
    ImportError("m", bogus=1)
except TypeError as t:
    print("TypeError", t)
raise A(1, 2)
