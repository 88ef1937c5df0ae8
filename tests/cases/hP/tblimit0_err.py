import sys
sys.tracebacklimit = 0
def a(): raise ValueError("no frames")
try:
    a()
except ValueError as e:
    raise KeyError("second") from e
