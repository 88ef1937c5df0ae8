def f():
    def g():
        return y
    g()
    y = 2
f()
