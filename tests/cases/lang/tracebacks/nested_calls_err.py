def a(x):
    return b(x)
def b(x):
    return int(x)
a("zz")
