import traceback, sys
def inner():
    raise ValueError("deep")
def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("outer") from e
try:
    outer()
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
    print(len(te.stack), te.stack[0].name)
    print("".join(te.format()))
    print("".join(te.format(chain=False)))
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print("".join(te2.format()))
    print(traceback.format_exception(e, limit=0))
    print(traceback.format_exception(None))
    print(traceback.format_exception_only(None))
    print(traceback.format_exception_only(e))
se = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print("".join(traceback.format_exception_only(se)), end="")
se2 = SyntaxError("nope")
print("".join(traceback.format_exception_only(se2)), end="")
se3 = SyntaxError("range", ("p.py", 1, 2, "  abcdef", 1, 6))
print("".join(traceback.format_exception_only(se3)), end="")
traceback.print_exception(se3)
sys.stderr.flush()
raise se
