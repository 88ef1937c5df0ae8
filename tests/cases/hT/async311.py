import asyncio, sys
async def work(n, fail=False):
    if n:
        await asyncio.sleep(0.001 * n)
    if fail:
        raise ValueError(f"fail {n}")
    return n * 10
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(0, True))
            tg.create_task(work(0, True))
            tg.create_task(work(50))
    except* ValueError as eg:
        print("caught", sorted(str(e) for e in eg.exceptions), type(eg).__name__)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, asyncio.TimeoutError))
    async with asyncio.timeout(None) as cm:
        print("no timeout", cm.when())
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__)
    r = await asyncio.gather(work(1), work(2), return_exceptions=True)
    print(r)
    async def agen():
        for i in range(4):
            yield i
    print([x async for x in agen() if x % 2 == 0])
    print({x: x * x async for x in agen()})
    it = aiter(agen())
    print(await anext(it), await anext(it, None))
    class AIt:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 2:
                raise StopAsyncIteration
            return self.i
    print([x async for x in AIt()])
    try:
        anext(AIt(), 1, 2)
    except TypeError as e:
        print(e)
    class NoNext:
        def __aiter__(self): return 5
    try:
        aiter(NoNext())
    except TypeError as e:
        print(e)
    try:
        await anext(iter([1]))
    except TypeError as e:
        print(e)
    t = asyncio.create_task(work(1), name="named")
    print(t.get_name())
    await t
    print(t.done(), t.result(), t.cancelled())
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling() if hasattr(t, 'cancelling') else '')
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", type(e).__mro__[1].__name__)
    r = asyncio.Runner if hasattr(asyncio, 'Runner') else None
    print(r is not None)
asyncio.run(main())
with asyncio.Runner() as runner:
    print(runner.run(work(3)))
