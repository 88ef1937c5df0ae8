import types

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

async def agen(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("agen got", got)
    finally:
        print("agen finally")

async def main():
    a = agen(3)
    print(type(a).__name__, isinstance(a, types.AsyncGeneratorType))
    print(a.__aiter__() is a)
    print(await a.__anext__())
    print(await a.asend("hello"))
    print(await a.__anext__())
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("again StopAsyncIteration")

    b = agen(5)
    await b.__anext__()
    r = await b.aclose()
    print("aclose ->", r)
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("closed one stops")

    async def catcher():
        while True:
            try:
                yield "ready"
            except ValueError as e:
                yield "caught " + str(e)
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("bad")))
    print(await c.athrow(ValueError, ValueError("two")))
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", e)

    async def bad_close():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    d = bad_close()
    await d.__anext__()
    try:
        await d.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def ret():
        yield 1
    # async for over async generator
    out = []
    async for v in agen(2):
        out.append(v)
    print(out)

    # async comprehension
    print([v async for v in agen(3)])
    print({v: v * v async for v in agen(2)})
    print({v async for v in agen(2) if v})
    g = (v * 10 async for v in agen(3))
    print(type(g).__name__)
    print([x async for x in g])

    # await inside comprehension
    async def double(x):
        return x * 2
    print([await double(i) for i in range(3)])

    # attributes
    e = agen(1)
    print(e.__name__, e.__qualname__, e.ag_running, e.ag_code.co_name, e.ag_await)
    await e.aclose()
    print(e.ag_frame)

    # asend on unstarted with non-None value
    f = agen(2)
    try:
        await f.asend(1)
    except TypeError as e:
        print("TypeError:", e)

    # return with value in async generator is a syntax error (checked by compile)
    try:
        compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    try:
        compile("async def f():\n    yield from [1]\n", "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
    return "ok"

print(run(main()))

# driving async generator awaitables manually
async def simple():
    yield 1
    yield 2
s = simple()
aw = s.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("value via StopIteration", e.value)
aw = s.asend(None)
try:
    next(aw)
except StopIteration as e:
    print("next works too", e.value)
