import asyncio

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        out.append((name, item))
        await asyncio.sleep(0)
        q.task_done()

async def producer_consumer():
    q = asyncio.Queue(maxsize=2)
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(6):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(out)
    print(q.empty(), q.qsize(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

async def ev():
    e = asyncio.Event()
    order = []
    async def waiter(i):
        order.append(f"wait{i}")
        await e.wait()
        order.append(f"woke{i}")
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    order.append("set")
    e.set()
    print(await asyncio.gather(*ts), order, e.is_set())

async def locks():
    lock = asyncio.Lock()
    log = []
    async def crit(i):
        async with lock:
            log.append(("in", i))
            await asyncio.sleep(0)
            log.append(("out", i))
    await asyncio.gather(*(crit(i) for i in range(3)))
    print(log, lock.locked())

async def timeouts():
    async def slow():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.__class__ is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0, "fast"), 1))

async def cancel():
    async def long():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("long cancelled")
            raise
    t = asyncio.create_task(long())
    await asyncio.sleep(0)
    print(t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled", repr(e))
    print(t.cancelled(), t.done())
    t2 = asyncio.create_task(long(), name="named")
    await asyncio.sleep(0)
    t2.cancel("why")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("msg", e.args)
    print(t2.get_name())

async def gather_exc():
    async def boom(i):
        await asyncio.sleep(0)
        raise ValueError(i)
    async def ok(i):
        return i
    print(await asyncio.gather(ok(1), boom(2), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), boom(2))
    except ValueError as e:
        print("gather raised", e)

async def taskgroup():
    async def f(i):
        await asyncio.sleep(0)
        if i % 2:
            raise ValueError(f"bad {i}")
        return i
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(f(i)) for i in range(4)]
    except* ValueError as eg:
        print("eg", type(eg).__name__, sorted(str(e) for e in eg.exceptions))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(f(0))
        b = tg.create_task(f(2))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(f(1))
    except ExceptionGroup as eg:
        print(eg.message, repr(eg.exceptions))

async def main():
    await producer_consumer()
    await ev()
    await locks()
    await timeouts()
    await cancel()
    await gather_exc()
    await taskgroup()
    print(asyncio.current_task().get_name() is not None)
    t = asyncio.ensure_future(asyncio.sleep(0, 7))
    print(await t, t.result())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "cb")
    print(await fut)
    async def sem_user(sem, i, log):
        async with sem:
            log.append(i)
            await asyncio.sleep(0)
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(sem_user(sem, i, log) for i in range(4)))
    print(log)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, r)) for r in (1, 2)])
    print(sorted(t.result() for t in done), pending)
    return "main-done"

print(asyncio.run(main()))
