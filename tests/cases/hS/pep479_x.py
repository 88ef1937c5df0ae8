def g():
    yield 1
    raise StopIteration("inner")

try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

def g2():
    yield next(iter([]))
try:
    next(g2())
except RuntimeError as e:
    print(e)

async def c():
    raise StopIteration
try:
    c().send(None)
except RuntimeError as e:
    print(e)

async def ag():
    yield 1
    raise StopAsyncIteration
a = ag()
try:
    a.asend(None).send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.asend(None).send(None)
except RuntimeError as e:
    print(e)

def g3():
    try:
        yield
    except StopIteration:
        print("caught SI")
    yield 2
x = g3(); next(x)
print(x.throw(StopIteration))
x = g3(); next(x)
print(x.throw(StopIteration()))

def g4():
    yield
    raise StopIteration
x = g4(); next(x)
try:
    next(x)
except RuntimeError as e:
    print(e, repr(e.__cause__))
# subclass of StopIteration
class MyStop(StopIteration): pass
def g5():
    yield
    raise MyStop(3)
x = g5(); next(x)
try:
    next(x)
except RuntimeError as e:
    print(e, repr(e.__cause__))
