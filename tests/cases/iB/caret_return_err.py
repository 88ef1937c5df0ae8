def f(x):
    return x.y
f(1)
