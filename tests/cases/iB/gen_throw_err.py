def gen():
    try:
        yield 1
    except KeyError as e:
        print("got", e)
        yield 2
    yield 3
g = gen()
next(g)
print(g.throw(KeyError("k")))
print(next(g))
g.throw(ValueError, ValueError("v"), None)
