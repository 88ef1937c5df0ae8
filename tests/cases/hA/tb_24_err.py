import functools
@functools.lru_cache
def f(n):
    if n == 3:
        raise ValueError(n)
    return f(n + 1)
f(0)
