def a(n):
    if n % 2:
        return a(n + 1)
    else:
        return a(n + 1)
a(0)
