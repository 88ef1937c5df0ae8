def g():
    x = yield 1
    yield x / 0
it = g()
next(it)
it.send(5)
