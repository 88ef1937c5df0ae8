import traceback, sys, io
def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("wrapped") from e
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    frames = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in frames])
    text = "".join(traceback.format_exception(e))
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e) if sys.version_info >= (3, 10) else "")
    buf = io.StringIO(); traceback.print_exc(file=buf); print(buf.getvalue().count("Traceback"))
    print(repr(traceback.format_exc().splitlines()[-1]))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__.exc_type.__name__)
def f():
    return traceback.extract_stack()
st = f(); print([fr.name for fr in st][-2:], st[-1].line)
print(traceback.format_list([("a.py", 1, "fn", "x = 1")]))
try:
    1 / 0
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1], len(lines))
print(repr(traceback.format_exc()))
