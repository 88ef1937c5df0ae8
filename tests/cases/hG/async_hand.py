import types
class Aw:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("req", self.v)
        return x * 2
async def coro(a):
    r = await Aw(a)
    r2 = await Aw(r)
    return r + r2
c = coro(1)
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print("result", e.value)
print(type(c).__name__, c.cr_running, c.cr_await)
async def agen():
    for i in range(3):
        yield i
    print("agen done")
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("consume", e.value)
class ACM:
    async def __aenter__(self):
        print("enter"); return "val"
    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None); return True
async def use():
    async with ACM() as v:
        print("body", v)
        raise ValueError
    return "after"
try:
    use().send(None)
except StopIteration as e:
    print(e.value)
@types.coroutine
def legacy():
    v = yield "legacy"
    return v
async def uses_legacy():
    return await legacy()
c = uses_legacy(); print(c.send(None))
try:
    c.send("L")
except StopIteration as e:
    print(e.value)
c = coro(3); c.send(None)
try:
    c.throw(KeyError("inside"))
except KeyError as e:
    print("KeyError", e)
c = coro(3); c.close(); print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
async def comp():
    return [x async for x in agen()], [await Aw(i) for i in range(0)]
try:
    comp().send(None)
except StopIteration as e:
    print(e.value)
ag = agen()
print(type(ag).__name__, type(ag.__anext__()).__name__)
n = ag.__anext__()
try:
    n.send(None)
except StopIteration as e:
    print("anext", e.value)
