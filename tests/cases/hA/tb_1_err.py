def rec(n):
    return rec(n + 1) + 1
rec(0)
