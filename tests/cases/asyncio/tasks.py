import asyncio

order = []

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        order.append(f"{name}{i}")
    return name * n

async def main():
    t1 = asyncio.create_task(worker("a", 0.01, 3))
    t2 = asyncio.create_task(worker("b", 0.015, 2), name="bee")
    print(t1.get_name().startswith("Task-"), t2.get_name())
    t2.set_name("renamed")
    print(t2.get_name())
    print(t1.done(), t2.done())
    r1 = await t1
    r2 = await t2
    print(r1, r2, sorted(order), [o for o in order if o[0] == "a"])
    print(t1.done(), t1.result(), t1.exception(), t1.cancelled())

    # ordering of call_soon-scheduled steps
    log = []
    async def step(tag):
        log.append(tag + "1")
        await asyncio.sleep(0)
        log.append(tag + "2")
    ts = [asyncio.create_task(step(x)) for x in "xyz"]
    for t in ts:
        await t
    print(log)

    # exception inside task
    async def fail():
        raise ValueError("bad")
    t = asyncio.create_task(fail())
    try:
        await t
    except ValueError as e:
        print("caught", e)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print("result raises", e)

    # done callbacks
    t = asyncio.create_task(worker("c", 0, 1))
    t.add_done_callback(lambda f: print("callback", f.result()))
    await t
    await asyncio.sleep(0)

    # get_coro
    async def co():
        return 1
    c = co()
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    await t

    # all_tasks
    t = asyncio.create_task(asyncio.sleep(0.01))
    print(len(asyncio.all_tasks()))
    await t
    print(len(asyncio.all_tasks()))

    # Task methods not allowed
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)

    # ensure_future
    f = asyncio.ensure_future(co())
    print(isinstance(f, asyncio.Task), await f)
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    fut.cancel()
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "awaitable"
    print(await asyncio.ensure_future(Aw()))
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print(e)

    # task awaiting itself
    async def selfish():
        await asyncio.current_task()
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print(str(e).split(":")[0])

    # bad yield
    import types
    @types.coroutine
    def bad():
        yield 5
    async def uses_bad():
        await bad()
    t = asyncio.create_task(uses_bad())
    try:
        await t
    except RuntimeError as e:
        print(str(e))

asyncio.run(main())
