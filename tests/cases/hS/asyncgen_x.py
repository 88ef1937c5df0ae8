import asyncio

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("agen got", got)
    finally:
        print("agen finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async for v in agen(3):
        print("v", v)
    g = agen(5)
    print(await g.__anext__())
    print(await g.asend("hello"))
    print(await anext(g))
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    g2 = agen(5)
    await g2.asend(None)
    await g2.aclose()
    print("closed")
    await g2.aclose()
    print(await anext(agen(0), "default"))
    print([x async for x in agen(4) if x % 2])
    print({x: x * x async for x in agen(3)})

    async def ignoring():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    ig = ignoring()
    await ig.__anext__()
    try:
        await ig.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

    async def returns():
        yield 1
    r = returns()
    print(type(r).__name__, r.ag_running, type(r.ag_frame).__name__)
    print(await r.asend(None))
    try:
        await r.asend(None)
    except StopAsyncIteration:
        print("SAI")

    async def catch_throw():
        while True:
            try:
                yield "ready"
            except KeyError as e:
                yield f"handled {e}"
    ct = catch_throw()
    print(await ct.__anext__())
    print(await ct.athrow(KeyError("k")))
    print(await ct.__anext__())
    await ct.aclose()

    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(e)
    try:
        await anext([1])
    except TypeError as e:
        print(e)
    class AIt:
        def __init__(self): self.i = 0
        def __aiter__(self): return self
        async def __anext__(self):
            self.i += 1
            if self.i > 3:
                raise StopAsyncIteration
            return self.i * 10
    async for v in AIt():
        print("AIt", v)
    print([v async for v in AIt()])
    class BadAiter:
        def __aiter__(self): return 1
    try:
        async for v in BadAiter(): pass
    except TypeError as e:
        print(e)

run(main())
asyncio.run(main())
