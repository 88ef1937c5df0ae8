import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    print([i async for i in ticker(3, 0.001)])
    async for i in ticker(5, 0):
        if i == 2:
            break
    agen = ticker(3, 0)
    print(await anext(agen), await anext(agen))
    await agen.aclose()
    print(await anext(agen, "default"))
    # awaitable of __anext__ wrapped in a task
    agen = ticker(2, 0)
    t = asyncio.ensure_future(agen.__anext__())
    print(await t)
    print(await asyncio.wait_for(agen.__anext__(), 1))
    # cancel a task awaiting inside an async generator
    async def slow_gen():
        try:
            yield 1
            await asyncio.sleep(10)
            yield 2
        finally:
            print("slow_gen finally")
    async def consume():
        async for x in slow_gen():
            print("consumed", x)
    t = asyncio.create_task(consume())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")

asyncio.run(main())
