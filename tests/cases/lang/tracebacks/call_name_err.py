def f():
    return g()
f()
