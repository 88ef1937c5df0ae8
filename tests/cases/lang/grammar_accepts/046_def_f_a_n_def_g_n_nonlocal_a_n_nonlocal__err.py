def f(a):
    def g():
        nonlocal a
        nonlocal a
