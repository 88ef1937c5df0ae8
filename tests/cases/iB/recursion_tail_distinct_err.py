import sys
sys.setrecursionlimit(60)
def rec(n):
    if n > 1000:
        return 0
    return helper(n)
def helper(n):
    return rec(n + 1)
def start():
    return rec(0)
start()
