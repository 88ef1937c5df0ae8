def f():
    x = 1
    del x
    def g():
        nonlocal x
        return x
    return g()
f()
