import types

class Fut:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("fut", self.v)
        return got * 2

async def inner(x):
    a = await Fut(x)
    b = await Fut(x + 1)
    return a + b

async def outer():
    r = await inner(1)
    print("inner ->", r)
    try:
        await Fut(99)
    except KeyError as e:
        print("outer caught", repr(e))
    return "end"

c = outer()
print(type(c).__name__, c.cr_running, c.cr_await)
print(c.send(None))
print(c.send(10))
print(c.cr_await is not None)
print(c.send(20))
print(c.throw(KeyError("x")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v

async def use_legacy():
    r = await legacy()
    return r

u = use_legacy()
print(u.send(None))
try:
    u.send("L")
except StopIteration as e:
    print("legacy result", e.value)

class BadAwait:
    def __await__(self):
        return 5

async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(e)

class NotAwaitable: pass
async def bad2():
    await NotAwaitable()
try:
    bad2().send(None)
except TypeError as e:
    print(e)

async def bad3():
    await 3
try:
    bad3().send(None)
except TypeError as e:
    print(e)

class GenAwait:
    def __await__(self):
        yield 1
        yield 2
        return 3
async def ga():
    return await GenAwait()
g = ga()
print(g.send(None), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print(e.value)

# close a coroutine
async def closing():
    try:
        await Fut(1)
    finally:
        print("closing finally")
cc = closing()
cc.send(None)
cc.close()
print(cc.cr_frame)

# coroutine not iterable
async def simple():
    return 1
s = simple()
try:
    iter(s)
except TypeError as e:
    print(e)
try:
    next(s)
except TypeError as e:
    print(e)
s.close()
# awaiting a coroutine twice
async def twice():
    co = simple()
    await co
    await co
try:
    twice().send(None)
except RuntimeError as e:
    print(e)
# send non-None on just-started coroutine
s = simple()
try:
    s.send(1)
except TypeError as e:
    print(e)
s.close()
print(inspect_name := simple.__name__, simple.__qualname__)
