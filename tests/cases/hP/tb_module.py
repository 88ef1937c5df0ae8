import traceback, sys, io

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError as e:
    s = traceback.format_exc()
    print(s.replace(__file__, "FILE"))
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__)
    print(type(tb).__name__, len(tb))
    for fs in tb:
        print(fs.name, fs.lineno, fs.line, repr(fs.filename == __file__), fs.colno, fs.end_colno)
    fs = tb[-1]
    print(repr(fs).replace(__file__, "FILE"))
    print(list(fs)[1:], len(fs))
    print(tb.format()[0].replace(__file__, "FILE"), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == s)
    buf = io.StringIO()
    traceback.print_exception(e, file=buf, limit=1)
    print(buf.getvalue().replace(__file__, "FILE"))
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, limit=-1, file=buf)
    print(buf.getvalue().replace(__file__, "FILE"))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, te.exc_type_str if hasattr(te, 'exc_type_str') else '', str(te))
    print("".join(te.format_exception_only()), end="")
    print(len(te.stack))
    print("".join(te.format()).replace(__file__, "FILE"))

print(traceback.format_exception_only(ValueError, ValueError("bad")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(None, None) if False else "skip")
e = ValueError("with note")
e.add_note("note one")
e.add_note("note two")
print(traceback.format_exception_only(e))
try:
    raise e
except ValueError as ex:
    print("".join(traceback.format_exception(ex)).replace(__file__, "FILE"))
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
print(traceback.format_exception_only(Weird()))
class M(Exception):
    __module__ = "mymod"
print(traceback.format_exception_only(M("x")))
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 2, 5, "a = = b\n", 2, 6))))
print(traceback.format_exception_only(SyntaxError("invalid", ("<string>", 1, 3, "  x y\n"))))
try:
    compile("a = (1,\n 2", "<src>", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)))
    print(se.msg, se.lineno, se.offset, se.end_lineno, se.end_offset, repr(se.text))
def deep(n):
    if n == 0:
        return traceback.extract_stack()
    return deep(n - 1)
st = deep(3)
print([f.name for f in st])
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1")]).format())
fs = traceback.FrameSummary("a.py", 3, "fn", line="  y = 2  ")
print(fs.line, fs.lineno, fs.name, fs.locals, fs == ("a.py", 3, "fn", "y = 2"))
