import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done(); break
        await asyncio.sleep(0.001 * item)
        out.append((name, item))
        q.task_done()
async def failing(n):
    await asyncio.sleep(0)
    raise ValueError(f"fail {n}")
async def main():
    q = asyncio.Queue(); out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in [3, 1, 2]: await q.put(i)
    for _ in ws: await q.put(None)
    await q.join(); await asyncio.gather(*ws)
    print(sorted(out))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1)); tg.create_task(failing(2))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(asyncio.sleep(0, "a")); t2 = tg.create_task(asyncio.sleep(0, "b"))
    print(t1.result(), t2.result())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    ev = asyncio.Event()
    async def setter(): await asyncio.sleep(0); ev.set()
    asyncio.create_task(setter()); await ev.wait(); print("event", ev.is_set())
    lock = asyncio.Lock(); order = []
    async def crit(n):
        async with lock:
            order.append(n); await asyncio.sleep(0); order.append(-n)
    await asyncio.gather(crit(1), crit(2)); print(order)
    sem = asyncio.Semaphore(2); print(sem.locked())
    t = asyncio.create_task(asyncio.sleep(10)); await asyncio.sleep(0); t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    res = await asyncio.gather(failing(3), asyncio.sleep(0, 5), return_exceptions=True); print([repr(r) for r in res])
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, i)) for i in range(3)]); print(sorted(d.result() for d in done), pending)
    for coro in asyncio.as_completed([asyncio.sleep(0.002, "slow"), asyncio.sleep(0.001, "fast")]):
        print(await coro)
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 42); print(await fut)
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), 1))
    print(type(asyncio.current_task()).__name__, asyncio.current_task().get_name()[:5])
    r = await asyncio.to_thread(sum, [1, 2, 3]); print(r)
asyncio.run(main())
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
async def m2():
    print([x async for x in agen()], [x async for x in agen() if x % 2 == 0])
    g = agen(); print(await g.__anext__(), await anext(g), await anext(g), await anext(g, "end"))
asyncio.run(m2())
