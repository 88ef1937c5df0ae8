import sys
sys.setrecursionlimit(60)
def walk(node):
    return walk(node + 1)
try:
    walk(0)
except RecursionError as e:
    print("caught:", e)
def chain(n):
    if n == 0:
        raise ValueError("bottom reached")
    return chain(n - 1)
chain(3)
