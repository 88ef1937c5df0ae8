import asyncio
async def c(): return 1
async def main():
    co = c()
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print("TypeError:", e)
    co.close()
    try:
        await asyncio.wait(asyncio.ensure_future(c()))
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait_for(c(), timeout=-1)
    except TimeoutError as e:
        print("timeout", repr(e))
    for f in asyncio.as_completed([c(), c()]):
        print(await f)
    class DuckCoro:
        def send(self, v):
            raise StopIteration("duck result")
        def throw(self, *a):
            pass
        def close(self):
            pass
        def __await__(self):
            return self
    print(asyncio.iscoroutine(DuckCoro()), asyncio.iscoroutine(object()))
    print(await asyncio.create_task(DuckCoro()))
asyncio.run(main())
