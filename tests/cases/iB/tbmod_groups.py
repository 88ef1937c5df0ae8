import traceback, sys
def boom(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")
def make(n):
    errs = []
    for i in range(n):
        try:
            boom(i)
        except Exception as e:
            errs.append(e)
    return errs
try:
    raise ExceptionGroup("top", [ExceptionGroup("sub", make(3)), *make(2)])
except ExceptionGroup as eg:
    g = eg
print("".join(traceback.format_exception(g)))
te = traceback.TracebackException.from_exception(g, max_group_width=2, max_group_depth=1)
print("".join(te.format()))
print(len(te.exceptions), [type(x).__name__ for x in te.exceptions])
try:
    try:
        raise g
    except ExceptionGroup:
        raise KeyError("after group")
except KeyError as k:
    traceback.print_exception(k, file=sys.stdout)
print(traceback.format_exception_only(g))
