import traceback, sys
def thrower(n, exc):
    if n == 0:
        raise exc
    thrower(n - 1, exc)
def collect():
    errs = []
    for i, e in enumerate([ValueError("a"), KeyError("b")]):
        try:
            thrower(3 + i, e)
        except Exception as x:
            errs.append(x)
    return errs
def grp():
    raise ExceptionGroup("g", collect())
try:
    grp()
except ExceptionGroup as e:
    g = e
for lim in (None, 0, 1, 2, -1, -2):
    print("== limit", lim)
    print("".join(traceback.format_exception(g, limit=lim)))
sys.tracebacklimit = 2
print("== tracebacklimit 2")
print("".join(traceback.format_exception(g)))
sys.tracebacklimit = -5
print("== tracebacklimit -5")
print("".join(traceback.format_exception(g)))
del sys.tracebacklimit
print("".join(traceback.format_exception(g, chain=False, limit=1)))
