import traceback, sys
def make():
    try:
        raise ValueError("inner cause")
    except ValueError as c:
        e = TypeError("typed")
        e.__cause__ = c
    excs = [e]
    for i in range(17):
        excs.append(KeyError(i))
    return ExceptionGroup("big", excs)
try:
    raise make()
except ExceptionGroup as g:
    traceback.print_exc(file=sys.stdout)
    print("".join(traceback.format_exception_only(type(g), g)))
def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level{n}", [deep(n - 1)])
try:
    raise deep(12)
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)
print("".join(traceback.format_exception(deep(2))))
te = traceback.TracebackException.from_exception(deep(2))
print(te.exceptions is not None, len(te.exceptions))
try:
    try:
        raise ExceptionGroup("A", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("handler failed")
except* KeyError as ke:
    print("ke", repr(ke))
except* TypeError as tt:
    print("tt", repr(tt))
eg = BaseExceptionGroup("with notes", [SystemExit(3), ValueError("x")])
eg.add_note("first\nmultiline")
eg.exceptions[1].add_note("inner")
raise eg
