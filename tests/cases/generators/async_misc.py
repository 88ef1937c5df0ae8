import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

@types.coroutine
def suspend():
    yield "suspend"

async def counter(n):
    for i in range(n):
        await suspend()
        yield i

async def main():
    # nested async comprehensions
    print([[j async for j in counter(i)] async for i in counter(3)])
    # async comprehension with condition and await
    async def sq(x):
        await suspend()
        return x * x
    print([await sq(x) async for x in counter(4) if x % 2 == 0])
    # async generator expression consumed by async for
    total = 0
    async for v in (x + 1 async for x in counter(3)):
        total += v
    print("total", total)
    # async with inside async for
    class Res:
        async def __aenter__(self):
            await suspend()
            return self
        async def __aexit__(self, *a):
            await suspend()
    n = 0
    async for _ in counter(2):
        async with Res() as r:
            n += 1
    print("entered", n)
    # try/finally in async generator closed by aclose
    async def guarded():
        try:
            yield 1
            yield 2
        finally:
            await suspend()
            print("guarded cleanup")
    g = guarded()
    print(await g.__anext__())
    await g.aclose()
    # athrow into a running generator that yields a value back
    async def resilient():
        while True:
            try:
                yield "ok"
            except KeyError:
                yield "recovered"
    r = resilient()
    await r.asend(None)
    print(await r.athrow(KeyError))
    print(await r.asend(None))
    await r.aclose()
    # return value of an async function awaited through several layers
    async def a1():
        return "deep"
    async def a2():
        return await a1()
    async def a3():
        return (await a2()).upper()
    print(await a3())
    # exception raised through awaits
    async def failing():
        await suspend()
        raise LookupError("deep failure")
    async def mid():
        return await failing()
    try:
        await mid()
    except LookupError as e:
        print("caught", e)
    return "finished"

print(run(main()))

# an un-awaited coroutine can be closed
async def never():
    await suspend()
c = never()
c.close()
print(c.cr_frame)
c = never()
c.send(None)
print(c.cr_suspended if hasattr(c, "cr_suspended") else "n/a" if False else c.cr_frame is not None)
c.close()
