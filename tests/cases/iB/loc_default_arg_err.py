def make():
    return {}["default"]
def f(a,
      b=make()):
    return a
