import sys
def f(): g()
def g(): h()
def h(): 1/0
for lim in [0, 1, 2, -5, 10**30, "x", True]:
    sys.tracebacklimit = lim
    try:
        f()
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
import traceback
sys.tracebacklimit = 2
try:
    f()
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = 1
try:
    try:
        f()
    except ZeroDivisionError as e:
        raise ValueError("chained")
except ValueError:
    sys.excepthook(*sys.exc_info())
