import asyncio

async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize, str(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize())
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))

    b = asyncio.Queue(maxsize=1)
    b.put_nowait("x")
    print(b.full())
    try:
        b.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")

    # producer/consumer with join and task_done
    q = asyncio.Queue(maxsize=2)
    results = []
    async def producer():
        for i in range(5):
            await q.put(i)
            results.append(f"put{i}")
    async def consumer():
        while True:
            item = await q.get()
            results.append(f"got{item}")
            await asyncio.sleep(0)
            q.task_done()
    c = asyncio.create_task(consumer())
    await producer()
    await q.join()
    c.cancel()
    print(results)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(3)])

    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([await lq.get() for _ in range(3)])

    # get() waits for a put
    q = asyncio.Queue()
    async def late_put():
        await asyncio.sleep(0.01)
        await q.put("late")
    asyncio.create_task(late_put())
    print(await q.get())

    # a cancelled getter does not lose items
    q = asyncio.Queue()
    t = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    q.put_nowait(1)
    print(q.qsize(), q.get_nowait())

    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.Queue[int])

asyncio.run(main())
