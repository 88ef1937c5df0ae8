import traceback, sys
def raiser(e):
    raise e
def mk():
    subs = []
    for exc in [ValueError("a"), TypeError("b")]:
        try:
            raiser(exc)
        except Exception as x:
            subs.append(x)
    try:
        raise KeyError("ctx")
    except KeyError:
        try:
            raise ExceptionGroup("top", subs)
        except ExceptionGroup as g:
            return g
g = mk()
print("".join(traceback.format_exception(g)))
print("".join(traceback.format_exception(g, chain=False)))
print(traceback.format_exception_only(g))
te = traceback.TracebackException.from_exception(g)
print(type(te.exceptions[0]).__name__, te.exc_type.__name__, str(te))
print("".join(te.format_exception_only()))
lines = list(te.format())
print(len(lines) > 1, "".join(lines) == "".join(traceback.format_exception(g)))
traceback.print_exception(g, file=sys.stdout)
def cause_inside():
    try:
        raise OSError("root")
    except OSError as r:
        inner = RuntimeError("wrapped")
        inner.__cause__ = r
    return ExceptionGroup("cg", [inner])
traceback.print_exception(cause_inside(), file=sys.stdout)
