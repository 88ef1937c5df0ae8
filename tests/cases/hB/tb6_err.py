def gen():
    yield 1
    yield 2
    raise StopIteration
g = gen()
print(next(g), next(g))
print(list(g))
