import traceback
cases = [
    SyntaxError("m", ("f.py", 3, 5, "    x = = 1\n", 3, 8)),
    SyntaxError("m", ("f.py", 3, 0, "x = 1", 3, 0)),
    SyntaxError("m", ("f.py", 3, 50, "x = 1", 3, 60)),
    SyntaxError("m", ("f.py", 3, -2, "x = 1", 3, -1)),
    SyntaxError("m", ("f.py", 3, 2, "\tx = 1", 3, 4)),
    SyntaxError("m", ("f.py", 3, 2, "x = 1   ", 3, 7)),
    SyntaxError("m", ("f.py", 3, 2, "x = 1", 4, 2)),
    SyntaxError("m", ("f.py", None, None, None, None, None)),
    SyntaxError("m", (None, 1, 1, "abc", 1, 2)),
    SyntaxError("m", ("f.py", 1, 1, "", 1, 2)),
    SyntaxError("m", ("f.py", 1, 3, "  \n", 1, 4)),
    SyntaxError("m", ("f.py", 2, 5, "print 'x'\n", 2, 10)),
    SyntaxError("m", ("f.py", 2, 3, "é = ü + 1", 2, 6)),
    SyntaxError("just msg"),
    SyntaxError(),
    SyntaxError("m", ("f.py", 1, 2, "ab", 1, 1)),
    IndentationError("unexpected indent", ("f.py", 2, 4, "    x = 2\n", 2, 5)),
    TabError("inconsistent", ("<string>", 2, 1, "\t  y\n", 2, 2)),
]
for e in cases:
    print(repr(str(e)))
    print(traceback.format_exception_only(e))
    try:
        raise e
    except SyntaxError:
        print(traceback.format_exc().splitlines()[3:])
raise SyntaxError("final", ("prog.py", 7, 9, "if x == 1 then:\n", 7, 13))
