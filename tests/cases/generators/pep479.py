def g():
    yield 1
    raise StopIteration("inner")

it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

def g2():
    yield next(iter([]))
try:
    list(g2())
except RuntimeError as e:
    print(e)

# a StopIteration subclass
class MyStop(StopIteration):
    pass
def g3():
    raise MyStop
    yield
try:
    next(g3())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

# in a generator expression
try:
    list(next(iter([])) for _ in range(2))
except RuntimeError as e:
    print("genexp", e)

# return in generator gives StopIteration value
def g4():
    return 42
    yield
try:
    next(g4())
except StopIteration as e:
    print(e.value, e.args)

# async
async def co():
    raise StopIteration
try:
    co().send(None)
except RuntimeError as e:
    print(e)

async def agen():
    raise StopAsyncIteration
    yield
try:
    agen().__anext__().send(None)
except RuntimeError as e:
    print(e)
