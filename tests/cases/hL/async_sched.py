import asyncio
import heapq
from dataclasses import dataclass, field
from typing import Any, Callable, Awaitable


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    work: Any = field(compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self._q: list[Job] = []
        self._seq = 0
        self.done: list[str] = []

    def submit(self, name: str, priority: int, work) -> None:
        self._seq += 1
        heapq.heappush(self._q, Job(priority, self._seq, name, work))

    async def run(self, workers: int = 2):
        lock = asyncio.Lock()

        async def worker(wid: int):
            while True:
                async with lock:
                    if not self._q:
                        return
                    job = heapq.heappop(self._q)
                try:
                    res = await job.work
                    self.done.append(f"w{wid}:{job.name}={res!r}")
                except Exception as e:
                    self.done.append(f"w{wid}:{job.name}!{type(e).__name__}:{e}")
        await asyncio.gather(*(worker(i) for i in range(workers)))


async def compute(x: int, delay: float = 0):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * x


async def producer(q: asyncio.Queue, n: int):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q: asyncio.Queue, out: list):
    while (item := await q.get()) is not None:
        out.append(item * 10)
        q.task_done()
    q.task_done()


async def ticker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def slow():
    await asyncio.sleep(10)


async def gen_numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class AsyncCtx:
    def __init__(self, log):
        self.log = log

    async def __aenter__(self):
        self.log.append("enter")
        return self

    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit {et.__name__ if et else None}")
        return et is KeyError


async def main():
    s = Scheduler()
    s.submit("c", 3, compute(3))
    s.submit("a", 1, compute(1))
    s.submit("neg", 2, compute(-2))
    s.submit("b", 1, compute(2))
    print(sorted(s._q)[0], [j.name for j in sorted(s._q)])
    await s.run()
    print(s.done)

    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize())

    log = []
    res = await asyncio.gather(ticker("x", 3, log), ticker("y", 2, log))
    print(res, log)

    r = await asyncio.gather(compute(2), compute(-1), return_exceptions=True)
    print([type(v).__name__ if isinstance(v, Exception) else v for v in r], r[1])

    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)

    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())

    t2 = asyncio.create_task(compute(5), name="sq5")
    print(await t2, t2.result(), t2.get_name())

    print([i async for i in gen_numbers(4)])
    total = 0
    async for i in gen_numbers(5):
        total += i
    print(total)

    log = []
    async with AsyncCtx(log):
        raise KeyError("swallowed")
    try:
        async with AsyncCtx(log) as c:
            raise ValueError("kept")
    except ValueError as e:
        print("propagated", e)
    print(log)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, 42)
    print(await fut)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    sem = asyncio.Semaphore(2)
    order = []

    async def limited(i):
        async with sem:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(order)
    done, pending = await asyncio.wait([asyncio.create_task(compute(i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    for coro in asyncio.as_completed([compute(3, 0.02), compute(1, 0.01)]):
        print("as_completed", await coro)
    return "main done"


print(asyncio.run(main()))
