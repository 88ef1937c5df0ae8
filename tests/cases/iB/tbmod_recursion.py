import traceback, sys
def rec(n):
    if n == 0:
        raise IndexError("deep")
    return rec(n - 1)
try:
    rec(30)
except IndexError:
    s = traceback.format_exc()
    print(s)
def ping(n):
    if n == 0: raise KeyError("pp")
    return pong(n - 1)
def pong(n):
    return ping(n)
try:
    ping(20)
except KeyError:
    print(traceback.format_exc())
def r2(n):
    return r2(n + 1)
sys.setrecursionlimit(100)
try:
    r2(0)
except RecursionError as e:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[-1], lines[-2])
