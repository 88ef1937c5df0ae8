import sys
def a(n):
    if n == 0:
        raise ValueError("bottom")
    a(n - 1)
sys.tracebacklimit = 2.5
try:
    a(3)
except ValueError as e:
    raise KeyError("top") from e
