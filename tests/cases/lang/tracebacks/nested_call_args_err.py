def f(x):
    return x
def g(x):
    return 1 / x
f(g(0))
