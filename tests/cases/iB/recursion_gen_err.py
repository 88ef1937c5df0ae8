def g(n):
    yield from g(n + 1)
    yield n
for x in g(0):
    pass
