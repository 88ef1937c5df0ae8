def gen():
    yield 1
    raise StopIteration(5)

for x in gen():
    print(x)
