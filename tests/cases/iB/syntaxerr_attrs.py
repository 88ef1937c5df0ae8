import traceback, sys
def show(e):
    try:
        raise e
    except SyntaxError:
        pass
    sys.stdout.write("".join(traceback.format_exception_only(e)))
    print("--")
show(SyntaxError("m", ("f.py", 3, 1, "abc\n")))
show(SyntaxError("m", ("f.py", 3, 0, "abc\n")))
show(SyntaxError("m", ("f.py", 3, -2, "abc\n")))
show(SyntaxError("m", ("f.py", 3, 10, "abc\n")))
show(SyntaxError("m", ("f.py", 3, 2, "\tabc\n")))
show(SyntaxError("m", ("f.py", 3, 5, "    abc def\n", 3, 8)))
show(SyntaxError("m", ("f.py", 3, 5, "    abc def\n", 4, 8)))
show(SyntaxError("m", ("f.py", 3, 5, "    abc def\n", 3, 2)))
show(SyntaxError("m", ("f.py", 3, 5, "    abc def", 3, -1)))
show(SyntaxError("m", ("f.py", 3, 2, "line1\nline2\n")))
show(SyntaxError("m", ("f.py", None, None, None)))
show(SyntaxError("m", (None, 5, 2, "xy")))
show(SyntaxError("m", ("f.py", "7", "2", "xy")))
show(SyntaxError("", ("f.py", 1, 1, "x")))
show(SyntaxError(None, ("f.py", 1, 1, "x")))
show(SyntaxError())
show(SyntaxError(1, 2, 3))
class MySyn(SyntaxError):
    pass
show(MySyn("mine", ("g.py", 2, 3, "  z = (\n")))
show(IndentationError("unexpected indent", ("h.py", 4, 5, "    x\n")))
show(TabError("inconsistent", ("h.py", 4, 1, "\t x\n")))
e = SyntaxError("bare")
e.lineno = 9
e.filename = "set.py"
show(e)
e.text = "   spaced text   "
e.offset = 5
show(e)
e.print_file_and_line = 1
show(e)
