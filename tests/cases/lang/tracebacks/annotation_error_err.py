def f(x: undefined_type):
    pass
