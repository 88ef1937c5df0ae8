import traceback, sys, io

def fail(kind):
    if kind == 1:
        raise ValueError("one")
    try:
        {}["missing"]
    except KeyError as e:
        if kind == 2:
            raise RuntimeError("two") from e
        if kind == 3:
            raise RuntimeError("three")
        raise RuntimeError("four") from None

def clean(s):
    return s.replace(__file__, "FILE")

for k in (1, 2, 3, 4):
    try:
        fail(k)
    except Exception as e:
        print(f"== kind {k}")
        print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))))
        print(clean("".join(traceback.format_exception(e, chain=False))))
        print(clean("".join(traceback.format_exception(e, limit=0))))
        te = traceback.TracebackException.from_exception(e)
        print(te.__cause__ is not None, te.__context__ is not None, te.__suppress_context__)
        print(clean("".join(te.format(chain=False))))
        s = traceback.format_exc(limit=1)
        print(clean(s))
        tb = e.__traceback__
        frames = list(traceback.walk_tb(tb))
        print([(f.f_code.co_name, n) for f, n in frames])
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
        print(type(tb.tb_lasti).__name__)
        buf = io.StringIO()
        traceback.print_exception(e, file=buf, chain=False, limit=-1)
        print(clean(buf.getvalue()))

def stack_here():
    return traceback.format_stack()
out = stack_here()
print(len(out), clean(out[-1]))
buf = io.StringIO()
def ps():
    traceback.print_stack(file=buf, limit=1)
ps()
print(clean(buf.getvalue()))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception(ValueError, None, None) if sys.version_info < (3, 99) else "")
print(traceback.format_exc())
try:
    raise TypeError("x")
except TypeError:
    traceback.print_exc(limit=0, file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
te = traceback.TracebackException(ValueError, ValueError("made"), None)
print(list(te.format()), te.stack, str(te), te.exc_type)
print(traceback.format_tb(None), traceback.extract_tb(None))
