import asyncio

async def job(tag, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(tag, "cancelled")
        raise
    if fail:
        raise fail
    return tag

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.01))
        t2 = tg.create_task(job("b", 0.02), name="bee")
        print("inside", t2.get_name())
    print("results", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("ok", 0.05))
            tg.create_task(job("bad", 0.01, ValueError("v")))
            tg.create_task(job("bad2", 0.01, KeyError("k")))
    except* ValueError as eg:
        print("ValueError group", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyError group", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.01, TypeError("t")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])

    # an error in the body cancels the tasks
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("long", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except ExceptionGroup as eg:
        print("body error", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    c = job("z", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

    # tasks created by tasks inside the group
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            tg.create_task(job("child", 0.01))
            return "spawner"
        s = tg.create_task(spawner())
    print(s.result())

asyncio.run(main())
