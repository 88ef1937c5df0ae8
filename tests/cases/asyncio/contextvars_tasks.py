import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handle(name):
    request.set(name)
    await asyncio.sleep(0.001)
    return f"{name}: {request.get()}"

async def main():
    request.set("main")
    print(await asyncio.gather(handle("a"), handle("b")))
    print("main still", request.get())
    # a task inherits a copy of the context at creation
    async def reader():
        return request.get()
    print(await asyncio.create_task(reader()))
    ctx = contextvars.Context()
    print(await asyncio.create_task(reader(), context=ctx))
    # awaiting a coroutine directly shares the context
    async def writer():
        request.set("written")
    await writer()
    print(request.get())

asyncio.run(main())
print("outside", request.get())
