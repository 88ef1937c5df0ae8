import sys
sys.setrecursionlimit(80)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    raise RuntimeError("recursion failed") from e
