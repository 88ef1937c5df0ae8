class MyErr(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
class WithStr(Exception):
    def __str__(self):
        return f"WithStr<{self.args}>"
class WithRepr(ValueError):
    def __repr__(self):
        return "custom repr"
class KE(KeyError):
    pass
items = [Exception(), Exception("a"), Exception("a", 2), Exception(None), Exception(("t",)), Exception([]),
         ValueError(""), KeyError(), KeyError("k"), KeyError("k", "v"), KeyError(("a", 1)), KeyError(None), KeyError(0),
         KE("sub"), MyErr(3, "m"), NoSuper(5), WithStr(1, 2), WithRepr("w"), OSError(), OSError("x"), OSError(2, "No such"),
         OSError(2, "No such", "f.txt"), OSError(2, "No such", "f.txt", None, "g.txt"), FileNotFoundError(2, "nf", "p"),
         OSError(13, "perm"), PermissionError("p"), StopIteration(5), StopIteration(), SystemExit(3), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
         UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"), UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad"),
         SyntaxError("m"), SyntaxError("m", ("f.py", 1, 2, "x y", 1, 3)), SyntaxError("m", ("f.py", 1, 2, "x y")),
         IndentationError("unexpected indent"), AttributeError("a", name="n", obj=1), NameError("n", name="q"),
         ImportError("imp"), ImportError("imp", name="mod", path="/p"), ModuleNotFoundError("No module named 'zz'", name="zz"),
         BaseException("b"), ArithmeticError(), AssertionError("x", "y"), RecursionError("r"), NotImplementedError(),
         TimeoutError(), ConnectionRefusedError(111, "refused"), BlockingIOError(11, "again", 5), ExceptionGroup("g", [ValueError(1)])]
for e in items:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(OSError(2, "x").errno, OSError(2, "x").strerror, OSError(2, "x", "f").filename, OSError("x").errno)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99, "x")).__name__)
print(BlockingIOError(11, "again", 5).characters_written)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
s = SyntaxError("m", ("f.py", 1, 2, "x y", 1, 3))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.msg)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = Exception("a", "b")
e.args = ("z",)
print(e, e.args)
e.args = [1, 2]
print(e, repr(e), e.args)
try:
    e.args = 5
except TypeError as t:
    print(t)
print(KeyError("x") == KeyError("x"), str(KeyError("")), repr(KeyError("")))
ex = ValueError("v")
print(ex.with_traceback(None) is ex, ex.__traceback__)
try:
    ex.with_traceback(5)
except TypeError as t:
    print(t)
try:
    ex.__cause__ = 5
except TypeError as t:
    print(t)
try:
    ex.__context__ = "x"
except TypeError as t:
    print(t)
try:
    raise 5
except TypeError as t:
    print(t)
try:
    raise ValueError from 5
except TypeError as t:
    print(t)
try:
    raise int
except TypeError as t:
    print(t)
class NotExc: pass
try:
    raise NotExc()
except TypeError as t:
    print(t)
try:
    try:
        pass
    except 5:
        pass
    [][1]
except TypeError as t:
    print("T", t)
except IndexError as t:
    print("I", t)
try:
    try:
        [][1]
    except 5:
        pass
except TypeError as t:
    print(t)
try:
    try:
        [][1]
    except (IndexError, 5):
        print("matched first")
except TypeError as t:
    print(t)
try:
    raise
except RuntimeError as t:
    print(t)
print(AttributeError("a", name="n", obj=1).name, NameError("n").name, ImportError("i", name="m").name, ImportError("i", name="m", path="p").path)
try:
    AttributeError("a", bogus=1)
except TypeError as t:
    print(t)
try:
    ImportError("a", bogus=1)
except TypeError as t:
    print(t)
try:
    ValueError(x=1)
except TypeError as t:
    print(t)
