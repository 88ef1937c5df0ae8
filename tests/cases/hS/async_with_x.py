import asyncio

class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

class OnlySync:
    def __enter__(self): return 1
    def __exit__(self, *a): pass

class NoAexit:
    async def __aenter__(self): return 1

class BadAenter:
    def __aenter__(self): return 5
    async def __aexit__(self, *a): pass

async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with ACM("n"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for obj in (OnlySync(), NoAexit(), BadAenter(), 5):
        try:
            async with obj:
                pass
        except Exception as e:
            print(type(e).__name__, e)
    try:
        with ACM("x"):
            pass
    except Exception as e:
        print(type(e).__name__, e)
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop body", i)
    async def ret():
        async with ACM("ret"):
            return "returned"
    print(await ret())
    from contextlib import asynccontextmanager, AsyncExitStack
    @asynccontextmanager
    async def managed(x):
        print("setup", x)
        try:
            yield x * 2
        finally:
            print("teardown", x)
    async with managed(4) as v:
        print("v", v)
    try:
        async with managed(5):
            raise IndexError("ix")
    except IndexError as e:
        print("acm propagated", e)
    async with AsyncExitStack() as stack:
        r1 = await stack.enter_async_context(managed(1))
        r2 = await stack.enter_async_context(ACM("stacked"))
        stack.push_async_callback(lambda: asyncio.sleep(0))
        print("stack", r1, r2)

asyncio.run(main())
