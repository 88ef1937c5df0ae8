import asyncio

async def agen(log):
    for i in range(3):
        await asyncio.sleep(0)
        log.append(f"yield {i}")
        yield i

async def main():
    log = []
    g = agen(log)
    print("before", g.ag_running)
    t = asyncio.ensure_future(g.__anext__())
    await asyncio.sleep(0)
    print("during await", g.ag_running)
    for make in (g.__anext__, lambda: g.asend(None), lambda: g.athrow(ValueError), g.aclose):
        try:
            await make()
        except RuntimeError as e:
            print(type(e).__name__, e)
    print("task result", await t, g.ag_running)
    print(await g.__anext__(), g.ag_running)

    async def failing():
        await asyncio.sleep(0)
        yield 1
        raise KeyError("kf")
    f = failing()
    print(await f.__anext__())
    try:
        await f.__anext__()
    except KeyError as e:
        print("KeyError", e, f.ag_running)
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("finished", f.ag_running)
    print(log)

    # an awaitable that is never awaited does not mark the generator running
    h = agen([])
    pending = h.__anext__()
    print(await h.__anext__())
    pending.close()
    try:
        print(aiter(5))
    except TypeError as e:
        print(e)
    class Bad:
        def __aiter__(self):
            return 1
    try:
        aiter(Bad())
    except TypeError as e:
        print(e)

asyncio.run(main())
