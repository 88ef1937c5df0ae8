def g(*args):
    return len(args) / 0
r = g(
    1,
    2,
)
