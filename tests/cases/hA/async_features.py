import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        await asyncio.sleep(0)
        out.append((name, item * 2))
        q.task_done()
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class ACM:
    async def __aenter__(self):
        print("aenter"); return self
    async def __aexit__(self, *exc):
        print("aexit", exc[0].__name__ if exc[0] else None); return True
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def fails(x):
    await asyncio.sleep(0)
    raise ValueError(f"fail {x}")
async def main():
    q = asyncio.Queue()
    out = []
    ws = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(2)]
    for i in range(4): await q.put(i)
    for _ in ws: await q.put(None)
    await q.join()
    await asyncio.gather(*ws)
    print(sorted(out))
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    async for v in AIter(): print("aiter", v)
    async with ACM() as cm:
        raise KeyError("swallowed")
    print("after acm")
    r = await asyncio.gather(fails(1), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 7)
    print(await fut)
    async def coro(): return 5
    c = coro()
    print(type(c).__name__, c.__qualname__)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    ag = agen(2)
    print(await ag.__anext__(), await anext(ag), await anext(ag, "default"))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("a"))
            tg.create_task(fails("b"))
    except* ValueError as eg:
        print("taskgroup", sorted(str(e) for e in eg.exceptions))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            await asyncio.sleep(0)
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait(); return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0); ev.set()
    print(await wt)
    done, pending = await asyncio.wait([asyncio.create_task(coro()) for _ in range(3)])
    print(len(done), len(pending), sorted(t.result() for t in done))
    for f in asyncio.as_completed([coro(), coro()]):
        print("as_completed", await f)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
    return "main done"
print(asyncio.run(main()))
async def nested():
    return await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)])
print(asyncio.run(nested()))
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
