import asyncio

async def job(tag, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(tag)
    return tag

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    ts = [asyncio.create_task(job(f"j{i}", i * 0.01), name=f"j{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts)
    print(names(done), names(pending))

    ts = [asyncio.create_task(job(f"k{i}", i * 0.02), name=f"k{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.005)
    print(names(done), names(pending))
    await asyncio.wait(pending)

    ts = [asyncio.create_task(job("a", 0.01, fail=True), name="a"),
          asyncio.create_task(job("b", 0.05), name="b")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in done:
        print(repr(t.exception()))
    await asyncio.wait(pending)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

    # as_completed yields in completion order
    aws = [job("slow", 0.03), job("fast", 0.01), job("mid", 0.02)]
    for c in asyncio.as_completed(aws):
        print("completed", await c)

    try:
        for c in asyncio.as_completed([job("never", 1)], timeout=0.01):
            await c
    except TimeoutError:
        print("as_completed timeout")
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()

    # shield
    async def important():
        await asyncio.sleep(0.02)
        print("important finished")
        return "kept"
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    async def canceller():
        await asyncio.sleep(0.005)
        outer.cancel()
    asyncio.create_task(canceller())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled:", inner.cancelled())
    print(await inner)

    # shield of a done future returns it
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print(asyncio.shield(f) is f)

asyncio.run(main())
