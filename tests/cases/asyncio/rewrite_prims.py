# Lock/Semaphore cancellation hand-over, LIFO/priority queues, Barrier, Condition (asyncio rewrite).
import asyncio

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    log = []
    async def user(name, prim, hold):
        try:
            async with prim:
                log.append(f'{name} in')
                await asyncio.sleep(hold)
                log.append(f'{name} out')
        except asyncio.CancelledError:
            log.append(f'{name} cancelled')
    for prim in (lock, sem):
        ts = [asyncio.create_task(user(n, prim, 0.01)) for n in 'abcd']
        await asyncio.sleep(0)
        ts[1].cancel()
        await asyncio.sleep(0)
        ts[2].cancel()
        await asyncio.gather(*ts)
        print(log, repr(prim).split(" at ")[0], repr(prim).split("[")[1])
        log.clear()
    q = asyncio.LifoQueue(2)
    for i in range(2):
        q.put_nowait(i)
    putter = asyncio.create_task(q.put(9))
    await asyncio.sleep(0)
    print(q, q.full())
    putter.cancel()
    await asyncio.sleep(0)
    print(q.get_nowait(), q.get_nowait(), q.empty())
    pq = asyncio.PriorityQueue()
    for v in (5, 1, 3):
        await pq.put(v)
    print([pq.get_nowait() for _ in range(3)], str(pq))
    b = asyncio.Barrier(2)
    async def w():
        return await b.wait()
    r = await asyncio.gather(w(), w())
    print(sorted(r), b.n_waiting, b.broken)
    cond = asyncio.Condition()
    async def waiter():
        async with cond:
            await cond.wait_for(lambda: flag)
            return 'ok'
    flag = False
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        flag = True
        cond.notify_all()
    print(await t)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
