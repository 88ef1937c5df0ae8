import asyncio
async def fetch(n):
    await asyncio.sleep(0)
    return n * 2
async def main():
    fetch(1)
    print("forgot to await")
    r = await fetch(2)
    print(r)
    coros = [fetch(i) for i in range(3)]
    print(await asyncio.gather(*coros))
    c = fetch(9)
    c.close()
    print("closed without warning")
asyncio.run(main())
def sync_caller():
    x = fetch(5)
    return "done"
print(sync_caller())
fetch(7)
print("end")
