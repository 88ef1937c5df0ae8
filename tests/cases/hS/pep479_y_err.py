def gen():
    yield 1
    raise StopIteration(42)

def outer():
    for v in gen():
        print(v)

outer()
