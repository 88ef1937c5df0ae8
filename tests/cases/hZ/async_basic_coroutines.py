import asyncio
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def gen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
async def main():
    print(await square(3))
    print(await asyncio.gather(square(1), square(2), square(3)))
    print([x async for x in gen(4)])
    async for v in gen(2):
        print("av", v)
    t = asyncio.create_task(square(5)); print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    class CM:
        async def __aenter__(self): print("aenter"); return self
        async def __aexit__(self, *a): print("aexit", a[0].__name__ if a[0] else None); return True
    async with CM():
        raise KeyError("x")
    r = await asyncio.gather(square(2), asyncio.sleep(0, "slept"), return_exceptions=True)
    print(r)
    return "done"
print(asyncio.run(main()))
c = square(2); print(type(c).__name__); c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
