def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

async def main():
    a = agen()
    await a.aclose()
    print("aclose unstarted ok")
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("stopped after aclose")

    b = agen()
    try:
        await b.athrow(ValueError("unstarted"))
    except ValueError as e:
        print("athrow unstarted raises", e)
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("b exhausted")

    c = agen()
    await c.__anext__()
    await c.__anext__()
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("c done")
    try:
        await c.athrow(KeyError)
    except (KeyError, StopAsyncIteration) as e:
        print("athrow after exhaustion:", type(e).__name__)

    async def returns_early():
        yield 1
        return
    print([x async for x in returns_early()])

    async def raises():
        yield 1
        raise ValueError("agen error")
    try:
        async for x in raises():
            print("got", x)
    except ValueError as e:
        print("error propagated:", e)

    async def gen_with_await():
        for i in range(3):
            v = await double(i)
            yield v
    async def double(x):
        return x * 2
    print([v async for v in gen_with_await()])
    print(await anext(gen_with_await()), await anext(raises(), "dflt"))
    d = agen()
    print(await anext(d), await anext(d), await anext(d, "end"))
    try:
        await anext(d)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    try:
        anext(1)
    except TypeError as e:
        print("TypeError:", e)

run(main())
