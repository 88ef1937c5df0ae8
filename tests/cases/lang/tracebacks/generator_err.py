def g():
    yield 1
    raise KeyError("k")
for v in g():
    pass
