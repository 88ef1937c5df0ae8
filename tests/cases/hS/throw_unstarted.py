def g():
    yield 1

async def c():
    return 1

async def ag():
    yield 1

for exc in (StopIteration, StopIteration("v"), ValueError("plain"), GeneratorExit):
    try:
        g().throw(exc)
    except BaseException as e:
        print("gen", type(e).__name__, e, repr(e.__cause__))

for exc in (StopIteration, KeyError("k")):
    co = c()
    try:
        co.throw(exc)
    except BaseException as e:
        print("coro", type(e).__name__, e, repr(e.__cause__))
    try:
        co.send(None)
    except RuntimeError as e:
        print("after", e)

for exc in (StopAsyncIteration, StopIteration, IndexError):
    a = ag()
    try:
        a.athrow(exc).send(None)
    except BaseException as e:
        print("agen", type(e).__name__, e, repr(e.__cause__))

x = g()
next(x)
for exc in (StopIteration, StopIteration(3)):
    y = g()
    next(y)
    try:
        y.throw(exc)
    except RuntimeError as e:
        print("started", e, repr(e.__cause__))
