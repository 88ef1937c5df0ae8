import asyncio

async def slow(delay, value="done"):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return value

async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow(1), timeout=0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.wait_for(slow(0), timeout=None))

    # timeout context manager (3.11)
    try:
        async with asyncio.timeout(0.01) as cm:
            print("when set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("asyncio.timeout expired", cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("not expired", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 10)
        print("rescheduled", cm.when() is not None)
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at in the past")

    # an error inside the block is not converted
    try:
        async with asyncio.timeout(1):
            raise KeyError("inner")
    except KeyError as e:
        print("KeyError passes through", e)

    # wait_for on a task that raises
    async def boom():
        raise ValueError("boom")
    try:
        await asyncio.wait_for(boom(), 1)
    except ValueError as e:
        print("ValueError:", e)

    # nested timeouts: the inner one fires
    try:
        async with asyncio.timeout(5):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(0)
            print("outer continues")
    except TimeoutError:
        print("outer timeout (wrong)")

asyncio.run(main())
