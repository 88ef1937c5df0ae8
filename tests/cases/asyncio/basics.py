import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

async def main():
    print("main start")
    r = await add(1, 2)
    print("result", r)
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), loop.is_running(), loop.is_closed())
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    c = add(1, 1)
    print(asyncio.iscoroutine(c), asyncio.isfuture(c))
    print(await c)
    t = asyncio.current_task()
    print(t.get_name(), t.done(), isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    return "main result"

print(asyncio.run(main()))
print(asyncio.run(add(3, 4)))

try:
    asyncio.run(add)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def nested():
    coro = add(1, 2)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()
asyncio.run(nested())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(add(5, 6)))
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
c = add(1, 2)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

async def raiser():
    await asyncio.sleep(0)
    raise KeyError("boom")
try:
    asyncio.run(raiser())
except KeyError as e:
    print("KeyError:", e)

with asyncio.Runner() as runner:
    print(runner.run(add(1, 1)))
    print(runner.run(add(2, 2)))
    print(type(runner.get_loop()).__name__)
