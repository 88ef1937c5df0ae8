def f(a, b=2):
    c = 3
    def inner(): return c
    return list(locals())
print(f(1))
def g(a):
    x = 1
    def inner(): return a
    return list(locals())
print(g(1))
def h():
    x = 1
    y = 2
    print(list(locals()))
    z = 3
    del x
    return list(locals())
print(h())
