import traceback, sys, io

def clean(s):
    if isinstance(s, list):
        return [clean(x) for x in s]
    return s.replace(__file__, "FILE")

def compute(a, b):
    ratio = a / b
    return ratio

try:
    compute(1, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    te = traceback.TracebackException.from_exception(e)
    print(clean("".join(te.format())))
    ss = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(len(ss), [f.name for f in ss], [f.lineno for f in ss])
    print(clean(ss.format()))
    ss3 = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
    print([f.line for f in ss3])
    buf = io.StringIO()
    traceback.print_tb(tb, file=buf)
    print(clean(buf.getvalue()))
    print(clean(traceback.format_tb(tb, limit=1)))
    print(clean(traceback.format_tb(tb, limit=-1)))
    class MySummary(traceback.StackSummary):
        def format_frame_summary(self, fs):
            if fs.name == "compute":
                return None
            return f"[{fs.name}:{fs.lineno}]\n"
    print(MySummary.extract(traceback.walk_tb(tb)).format())
    te2 = traceback.TracebackException(type(e), e, tb, limit=1)
    print(len(te2.stack), te2 == traceback.TracebackException(type(e), e, tb, limit=1))
    print(te2.exc_type is ZeroDivisionError, te2.__notes__)

f1 = traceback.FrameSummary("x.py", 10, "fn", lookup_line=False, locals={"a": 1, "b": "s"})
print(f1.locals, f1.line)
print(traceback.StackSummary.from_list([f1, ("y.py", 2, "g", "pass")]).format())
print(traceback.format_list(traceback.StackSummary.from_list([("z.py", 5, "h", "  x = 1  ")])))
def rec(n):
    if n == 0:
        raise ValueError("bottom of recursion")
    rec(n - 1)
try:
    rec(30)
except ValueError as e:
    out = traceback.format_exception(e)
    print(len(out))
    print(clean("".join(out[-5:])))
    ex = traceback.extract_tb(e.__traceback__)
    print(len(ex), clean(ex.format()[-4:]))
