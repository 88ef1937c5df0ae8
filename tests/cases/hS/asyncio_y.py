import asyncio

async def shield_test():
    async def inner():
        await asyncio.sleep(0.01)
        return "inner-done"
    t = asyncio.ensure_future(inner())
    outer = asyncio.shield(t)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", t.cancelled())
    print(await t)

async def timeout_cm():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout cm", type(e).__name__, cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no timeout", cm.when())

async def cond_test():
    cond = asyncio.Condition()
    log = []
    async def waiter(i):
        async with cond:
            await cond.wait()
            log.append(i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("cond", log)

async def queues():
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait((x, str(x)))
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("full")

async def as_completed_test():
    async def d(v, n):
        for _ in range(n):
            await asyncio.sleep(0)
        return v
    res = []
    for f in asyncio.as_completed([d("slow", 3), d("fast", 1), d("mid", 2)]):
        res.append(await f)
    print(res)

async def cancel_semantics():
    async def child():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("child cancelling", asyncio.current_task().cancelling())
            raise
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling count", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception raises CancelledError")
    async def swallow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "swallowed"
    t2 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelled())
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut.set_exception(ValueError("fe"))
    print(repr(fut.exception()))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)

async def callbacks():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0.001, order.append, 3)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.01)
    print(order)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(("done", f.result())))
    fut.set_result("x")
    await asyncio.sleep(0)
    print(order[-1])

async def barrier_test():
    b = asyncio.Barrier(3)
    out = []
    async def party(i):
        out.append(("before", i))
        pos = await b.wait()
        out.append(("after", i))
    await asyncio.gather(*(party(i) for i in range(3)))
    print(out)

async def main():
    await shield_test()
    await timeout_cm()
    await cond_test()
    await queues()
    await as_completed_test()
    await cancel_semantics()
    await callbacks()
    await barrier_test()

asyncio.run(main())
print(asyncio.run(asyncio.sleep(0, "result")))
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
async def nested():
    asyncio.run(asyncio.sleep(0))
try:
    asyncio.run(nested())
except RuntimeError as e:
    print(e)
