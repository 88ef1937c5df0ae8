import types

class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("req", self.v)
        return got * 2

class BadAwait:
    def __await__(self):
        return 5

class NoAwait:
    pass

async def child(n):
    r = await Awaitable(n)
    return r + 1

async def parent():
    a = await child(1)
    b = await child(2)
    return a, b

def drive(coro, responses):
    try:
        req = coro.send(None)
        while True:
            print("request", req)
            req = coro.send(responses.pop(0))
    except StopIteration as e:
        return e.value

print(drive(parent(), [10, 20]))

async def bad():
    await BadAwait()
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

async def bad2():
    await NoAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

async def bad3():
    await 3
try:
    bad3().send(None)
except TypeError as e:
    print("TypeError:", e)

# coroutine attributes
async def f():
    return 1
c = f()
print(type(c).__name__, c.__name__, c.__qualname__)
print(isinstance(c, types.CoroutineType))
print(c.cr_running, c.cr_await, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# coroutine is not iterable
c = f()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()

# await a coroutine twice
async def once():
    return 1
async def twice():
    c = once()
    await c
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into coroutine awaiting a custom awaitable
class Suspend:
    def __await__(self):
        try:
            yield "suspended"
        except KeyError:
            print("awaitable saw KeyError")
            raise
async def catcher():
    try:
        await Suspend()
    except KeyError as e:
        return "caught " + repr(e)
c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("x"))
except StopIteration as e:
    print(e.value)

# __await__ returning a generator-based iterator object
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
class UsesIter:
    def __await__(self):
        return Iter()
async def ui():
    return await UsesIter()
print(drive(ui(), [None, None]))

# types.coroutine
@types.coroutine
def legacy():
    x = yield "legacy"
    return x
async def uses_legacy():
    return await legacy()
print(drive(uses_legacy(), ["from-driver"]))

# coroutine close
async def closing():
    try:
        await Suspend()
    finally:
        print("closing finally")
c = closing()
c.send(None)
c.close()
print(c.cr_frame)
