def a(n):
    if n == 0:
        return {}['missing']
    return b(n - 1)
def b(n):
    return a(n)
try:
    a(2)
except KeyError as e:
    raise RuntimeError('lookup failed') from e
