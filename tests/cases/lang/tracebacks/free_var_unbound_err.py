def f():
    def g():
        return v
    g()
    v = 1
f()
