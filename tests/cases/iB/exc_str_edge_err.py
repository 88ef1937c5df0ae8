import traceback
cases = [
    Exception(),
    Exception(""),
    Exception("a", "b"),
    Exception(1),
    Exception(None),
    Exception(["x"]),
    KeyError(),
    KeyError("k"),
    KeyError("k", "v"),
    KeyError(""),
    KeyError(0),
    OSError(2, "No such file"),
    OSError(2, "No such file", "f.txt"),
    OSError(2, "No such file", "f.txt", None, "g.txt"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    StopIteration(5),
    SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)),
]
for c in cases:
    print(repr(str(c)), repr(c))
    print(traceback.format_exception_only(type(c), c), end="")
raise KeyError("multi", 2)
