import asyncio

async def job(tag, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{tag} failed")
    return tag

async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    print(await asyncio.gather())
    r = await asyncio.gather(job("a", 0), job("b", 0, fail=True), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(job("a", 0.01), job("b", 0, fail=True))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.02)

    # the same coroutine object twice
    c = job("same", 0)
    print(await asyncio.gather(c, c))

    # futures and tasks mixed
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    t = asyncio.create_task(job("task", 0))
    print(await asyncio.gather(f, t, job("coro", 0)))

    # cancelled child with return_exceptions
    async def slow():
        await asyncio.sleep(10)
    t = asyncio.create_task(slow())
    loop.call_soon(t.cancel)
    r = await asyncio.gather(t, job("ok", 0), return_exceptions=True)
    print([type(x).__name__ for x in r])

    # cancelling the gather future cancels children
    g = asyncio.gather(slow(), slow())
    loop.call_soon(g.cancel)
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

    # cancelled child without return_exceptions
    t = asyncio.create_task(slow())
    loop.call_soon(t.cancel)
    try:
        await asyncio.gather(t, job("x", 0.01))
    except asyncio.CancelledError:
        print("child cancelled -> CancelledError")
    await asyncio.sleep(0.02)

    # order of results follows argument order, not completion order
    print(await asyncio.gather(*(job(i, (5 - i) / 500) for i in range(5))))

asyncio.run(main())
