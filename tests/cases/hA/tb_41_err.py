def f(x):
    return x.attr  # comment here
f(object())
