import asyncio

async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "cancelled with", e.args)
        raise
    finally:
        print(tag, "cleanup")

async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print(t.cancel())
    print(t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print(t.cancelled(), t.done(), t.cancel())

    t = asyncio.create_task(sleeper("b"))
    await asyncio.sleep(0)
    t.cancel("my message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception() raises", type(e).__name__)

    # cancel before the task starts
    t = asyncio.create_task(sleeper("c"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; started:", False)

    # task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("stubborn ignores")
            asyncio.current_task().uncancel()
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # CancelledError is a BaseException
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))

    # cancelling a plain future wakes its waiter
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waiter():
        try:
            await fut
        except asyncio.CancelledError:
            print("waiter cancelled through future")
            return "w"
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.cancel()
    print(await t)

    # cancel the awaiting task: the awaited future is cancelled too
    fut2 = loop.create_future()
    async def waiter2():
        await fut2
    t = asyncio.create_task(waiter2())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("fut2 cancelled:", fut2.cancelled())

asyncio.run(main())

# tasks left pending when asyncio.run returns are cancelled
async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever cleaned up")

async def main2():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main2 returns")
asyncio.run(main2())

# cancelling the main task
async def main3():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
try:
    asyncio.run(main3())
except asyncio.CancelledError:
    print("main3 cancelled")
