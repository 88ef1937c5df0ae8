import asyncio

async def main():
    lock = asyncio.Lock()
    log = []
    async def use(tag):
        async with lock:
            log.append(tag + ">")
            await asyncio.sleep(0.001)
            log.append("<" + tag)
    await asyncio.gather(use("a"), use("b"), use("c"))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Event
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke")
        return i
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    # Semaphore
    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak[0], sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    # Condition
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "got", items.pop())
    async def producer():
        for x in range(3):
            await asyncio.sleep(0.001)
            async with cond:
                items.append(x)
                cond.notify()
    await asyncio.gather(consumer(0), consumer(1), consumer(2), producer())
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cond:
        cond.notify_all()
    print(cond.locked())

    # notify_all wakes everybody
    woke = []
    async def w(i):
        async with cond:
            await cond.wait()
            woke.append(i)
    ts = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(sorted(woke))

    # Barrier (3.11)
    barrier = asyncio.Barrier(3)
    async def party(i):
        await asyncio.sleep(i / 1000)
        idx = await barrier.wait()
        return idx
    print(sorted(await asyncio.gather(*(party(i) for i in range(3)))))
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
