import asyncio

async def work(x):
    await asyncio.sleep(0)
    return x * 2

async def fail():
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(work(1))
    print(t)
    await t
    print(t)
    t2 = asyncio.create_task(work(2), name="custom")
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(t2)
    t3 = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(t3)
    t3.exception()
    fut = asyncio.get_running_loop().create_future()
    print(fut)
    fut.set_result([1, 2])
    print(fut)
    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(KeyError("k"))
    print(f2)
    f2.exception()
    f3 = asyncio.get_running_loop().create_future()
    f3.cancel()
    print(f3)
    c = work(3)
    print(c.__qualname__)
    await c
    ev = asyncio.Event()
    print(ev.is_set())
    ev.set()
    print(ev.is_set())
    lk = asyncio.Lock()
    print(lk.locked())
    async with lk:
        print(lk.locked())
    q = asyncio.Queue()
    print(q)
    q.put_nowait(1)
    print(q)
    s = asyncio.Semaphore(2)
    print(s.locked())

asyncio.run(main())
