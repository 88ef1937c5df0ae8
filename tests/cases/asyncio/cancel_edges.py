import asyncio

async def main():
    loop = asyncio.get_running_loop()

    # cancelling a task blocked in wait_for cancels the inner awaitable too
    inner_state = []
    async def inner():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            inner_state.append("inner cancelled")
            raise
    async def outer():
        await asyncio.wait_for(inner(), timeout=5)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled", inner_state)

    # gather inside a cancelled task
    async def sleeper(i):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("sleeper", i, "cancelled")
            raise
    async def gatherer():
        await asyncio.gather(sleeper(1), sleeper(2))
    t = asyncio.create_task(gatherer())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("gatherer cancelled")

    # a lock waiter cancelled while waiting does not get the lock
    lock = asyncio.Lock()
    await lock.acquire()
    async def want_lock(tag):
        async with lock:
            print(tag, "has the lock")
    a = asyncio.create_task(want_lock("a"))
    b = asyncio.create_task(want_lock("b"))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    lock.release()
    await b
    print("a cancelled:", a.cancelled(), "locked:", lock.locked())

    # Queue.put blocks when full until a get
    q = asyncio.Queue(1)
    await q.put(1)
    async def putter():
        await q.put(2)
        print("second put done")
    p = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print("putter done?", p.done())
    print("got", await q.get())
    await p
    print("got", await q.get())

    # sleep with result and negative delay
    print(await asyncio.sleep(0, result="zero"), await asyncio.sleep(-1, "neg"))

    # cancel() with a message reaches the awaiting code
    async def catch_msg():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            return e.args
    t = asyncio.create_task(catch_msg())
    await asyncio.sleep(0)
    t.cancel("stop now")
    print(await t)

    # an exception in a done callback goes to the exception handler, the loop continues
    errors = []
    loop.set_exception_handler(lambda lp, ctx: errors.append(ctx["message"].split(" at ")[0]))
    f = loop.create_future()
    f.add_done_callback(lambda fut: 1 / 0)
    f.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(errors)
    loop.set_exception_handler(None)

    # wait_for with a future that is already done
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))

    # shield: the awaiting task is cancelled, the inner task completes
    async def work():
        await asyncio.sleep(0.01)
        return "inner result"
    inner_task = asyncio.create_task(work())
    async def shielded():
        return await asyncio.shield(inner_task)
    s = asyncio.create_task(shielded())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shielded waiter cancelled")
    print(await inner_task)

asyncio.run(main())
