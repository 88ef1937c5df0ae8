def leaf():
    while True:
        yield "leaf"

def middle():
    yield from leaf()

def top():
    result = yield from middle()
    return result

g = top()
next(g)
g.throw(ValueError("thrown through the chain"))
