import sys
def a(n):
    if n == 0:
        raise ValueError("bottom")
    a(n - 1)
sys.tracebacklimit = 10**30
try:
    a(3)
except ValueError as e:
    raise KeyError("top") from e
