import traceback
eg = ExceptionGroup("w", [ValueError(i) for i in range(5)])
te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=3)
print("".join(te.format()))
def deep(n):
    return ValueError("leaf") if n == 0 else ExceptionGroup(f"l{n}", [deep(n - 1)])
te = traceback.TracebackException.from_exception(deep(5), max_group_depth=2)
print("".join(te.format()))
print(len(te.exceptions), te.exceptions[0].exc_type.__name__, te.exc_type)
print(list(traceback.TracebackException.from_exception(eg).format_exception_only()))
