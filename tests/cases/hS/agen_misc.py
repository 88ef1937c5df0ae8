print("== 0")
async def ag():
    x = yield 1
    print("x", x)
    yield 2
a = ag()
try:
    a.asend("v").send(None)
except TypeError as e:
    print(e)
print(a.__name__, a.__qualname__, a.ag_code.co_name, a.ag_await)
print("== 1")
async def ag():
    yield 1
a = ag()
s = a.asend(None)
try:
    s.send("non-none")
except BaseException as e:
    print(type(e).__name__, e)
print("== 2")
async def ag():
    yield 1
    yield 2
a = ag()
s = a.__anext__()
try:
    next(s)
except StopIteration as e:
    print("next on asend", e.value)
print(type(s).__name__)
s.close()
try:
    s.send(None)
except BaseException as e:
    print(type(e).__name__, e)
print("== 3")
import asyncio
async def ag():
    try:
        yield 1
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
async def main():
    a = ag()
    await a.__anext__()
    print(await a.athrow(ValueError, "legacy"))
    print(await a.athrow(ValueError("x")) if False else "skip")
asyncio.run(main())
print("== 4")
import asyncio
async def ag():
    await asyncio.sleep(0)
    yield 1
async def main():
    a = ag()
    print(a.ag_await)
    t = asyncio.ensure_future(a.__anext__())
    await asyncio.sleep(0)
    print(type(a.ag_await).__name__ if a.ag_await is not None else None)
    print(await t)
asyncio.run(main())
print("== 5")
async def ag():
    yield 1
a = ag()
a.__name__ = "renamed"
print(a.__name__, repr(a).startswith("<async_generator object ag at"))
print("== 6")
async def ag():
    return
    yield
import asyncio
async def main():
    print([x async for x in ag()])
    async def empty():
        if False:
            yield
    print(await anext(empty(), "empty-default"))
asyncio.run(main())
print("== 7")
import asyncio
async def ag():
    for i in range(3):
        yield i
async def main():
    async for i in ag():
        if i == 1:
            continue
        print(i)
    else:
        print("else")
    result = []
    async for i in ag():
        result.append(i)
        if i == 1:
            break
    else:
        result.append("no")
    print(result)
asyncio.run(main())

