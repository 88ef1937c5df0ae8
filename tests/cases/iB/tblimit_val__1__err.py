import sys
def a(n):
    if n == 0:
        raise ValueError("bottom")
    a(n - 1)
sys.tracebacklimit = -1
try:
    a(3)
except ValueError as e:
    raise KeyError("top") from e
