def f(a, *, b):
    return a + b
total = f(1,
          b="two")
