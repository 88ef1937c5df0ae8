import asyncio
log = []
async def worker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n
async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"fail after {delay}")
async def canceller():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled!")
        raise
async def main():
    r = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1))
    print(r, log)
    log.clear()
    t1 = asyncio.create_task(worker("x", 2))
    t2 = asyncio.create_task(worker("y", 2))
    log.append("created")
    await asyncio.sleep(0)
    log.append("after first sleep")
    print(await t1, await t2, log, t1.done(), t1.result())
    res = await asyncio.gather(failing(0), worker("z", 1), return_exceptions=True)
    print([type(x).__name__ + ":" + str(x) for x in res])
    try:
        await asyncio.gather(failing(0), worker("q", 3))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(canceller())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", t.cancelled(), log[-1])
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while (item := await q.get()) is not None:
            print("got", item)
    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        print("waiter", n, "released")
    ws = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    print("setting event")
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("enter", n)
            await asyncio.sleep(0)
            print("exit", n)
    await asyncio.gather(locked(1), locked(2))
    done, pending = await asyncio.wait([asyncio.create_task(worker("w", 1))])
    print(len(done), len(pending), [d.result() for d in done])
    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(worker("tg", 1))
    print("taskgroup", ta.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(0))
            tg.create_task(failing(0))
    except* ValueError as eg:
        print("taskgroup errors", len(eg.exceptions), [str(x) for x in eg.exceptions])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future value")
    print(await fut)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(worker("a", 0)) if False else "", asyncio.current_task().get_name() != "")
    for c in asyncio.as_completed([worker("m", 1), worker("n", 2)]):
        print("as_completed", await c)
    return "main result"
print(asyncio.run(main()))
async def top_error():
    await asyncio.sleep(0)
    raise KeyError("from async")
try:
    asyncio.run(top_error())
except KeyError as e:
    print("KeyError", e)
try:
    asyncio.run(worker)
except ValueError as e:
    print("ValueError", str(e).split(" at ")[0])
