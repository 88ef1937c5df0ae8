import asyncio
async def boom():
    raise ValueError("task failed")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done", t.done())
asyncio.run(main())
print("after run")
