def inner():
    x = yield 1
    return 1 / x

def outer():
    r = yield from inner()
    print(r)

g = outer()
next(g)
g.send(0)
