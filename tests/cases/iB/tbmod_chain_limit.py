import traceback, sys
def a(n):
    if n == 0:
        raise ValueError("bottom")
    a(n - 1)
try:
    try:
        a(5)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as r:
    for lim in (None, 0, 1, 2, -1, -2, 100):
        print("limit", lim)
        print("".join(traceback.format_exception(r, limit=lim)))
    print("".join(traceback.format_exception(type(r), r, r.__traceback__, chain=False)))
    print(traceback.format_tb(r.__traceback__))
    print(traceback.format_tb(r.__cause__.__traceback__, limit=2))
sys.tracebacklimit = 2
try:
    a(4)
except ValueError:
    print(traceback.format_exc())
sys.tracebacklimit = 0
try:
    a(4)
except ValueError:
    print(traceback.format_exc())
del sys.tracebacklimit
