import asyncio
async def step(name, n, delay=0):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name} done"
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("agen finished")
async def cleanup_agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup start")
        await asyncio.sleep(0)
        print("agen cleanup end")
async def main():
    t = asyncio.create_task(step("bg", 3))
    t.add_done_callback(lambda fut: print("callback:", fut.result()))
    print(await step("fg", 2))
    await t
    await asyncio.sleep(0)
    print([x async for x in agen(3)])
    print({x: x * 2 async for x in agen(2)})
    g = cleanup_agen()
    print(await g.__anext__())
    await g.aclose()
    async for v in cleanup_agen():
        print("got", v)
        break
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("in", i)
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(await asyncio.sleep(0, result="sleep result"))
    async def raiser():
        raise ValueError("task error")
    t2 = asyncio.create_task(raiser())
    await asyncio.sleep(0)
    print(t2.done(), type(t2.exception()).__name__)
    try:
        await t2
    except ValueError as e:
        print("awaited failing task:", e)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 42)
    print(await fut)
    r = await asyncio.wait_for(step("wf", 1), timeout=1)
    print(r)
    t3 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t3.cancel()
    res = await asyncio.gather(t3, return_exceptions=True)
    print(type(res[0]).__name__)
    async def shielded():
        await asyncio.sleep(0)
        return "shielded ok"
    print(await asyncio.shield(shielded()))
    print(asyncio.iscoroutine(step("x", 0)) if False else "", asyncio.isfuture(fut))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout ->", type(e).__name__)
    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    print(q.full(), q.qsize(), await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
asyncio.run(main())
async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    asyncio.run(bad_iter())
except TypeError as e:
    print("TypeError", e)
async def bad_with():
    async with open(__file__):
        pass
try:
    asyncio.run(bad_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(step("ruc", 1)))
loop.close()
print(loop.is_closed())
