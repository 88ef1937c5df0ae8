import asyncio

async def pipeline():
    raw = asyncio.Queue()
    cooked = asyncio.Queue()
    async def stage1():
        for i in range(5):
            await raw.put(i)
            await asyncio.sleep(0)
        await raw.put(None)
    async def stage2():
        while (item := await raw.get()) is not None:
            await cooked.put(item * item)
        await cooked.put(None)
    async def sink():
        out = []
        while (item := await cooked.get()) is not None:
            out.append(item)
        return out
    _, _, out = await asyncio.gather(stage1(), stage2(), sink())
    return out

async def limited_fetch():
    sem = asyncio.Semaphore(3)
    running = 0
    peak = 0
    async def fetch(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.001 * (i % 3))
            running -= 1
            return i * 2
    results = await asyncio.gather(*(fetch(i) for i in range(10)))
    return results, peak

async def retry():
    attempts = 0
    async def flaky():
        nonlocal attempts
        attempts += 1
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        return "ok"
    for _ in range(5):
        try:
            return await flaky(), attempts
        except ConnectionError as e:
            print("retrying after", e)
            await asyncio.sleep(0)

async def first_wins():
    async def racer(name, delay):
        await asyncio.sleep(delay)
        return name
    tasks = [asyncio.create_task(racer(n, d)) for n, d in (("slow", 0.05), ("fast", 0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return [t.result() for t in done], [p.cancelled() for p in pending]

async def periodic():
    ticks = []
    async def ticker():
        while True:
            ticks.append(len(ticks))
            await asyncio.sleep(0.005)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.06)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    return len(ticks) >= 2

async def to_thread_and_executor():
    def blocking(x, y=1):
        return x + y
    a = await asyncio.to_thread(blocking, 1, y=2)
    loop = asyncio.get_running_loop()
    b = await loop.run_in_executor(None, blocking, 10)
    return a, b

async def event_handoff():
    ev = asyncio.Event()
    order = []
    async def waiter():
        order.append("waiting")
        await ev.wait()
        order.append("released")
    async def setter():
        await asyncio.sleep(0.001)
        order.append("setting")
        ev.set()
    await asyncio.gather(waiter(), setter())
    return order

async def main():
    print(await pipeline())
    print(await limited_fetch())
    print(await retry())
    print(await first_wins())
    print(await periodic())
    print(await to_thread_and_executor())
    print(await event_handoff())

asyncio.run(main())
