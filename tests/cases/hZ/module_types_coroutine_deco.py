import types, asyncio
@types.coroutine
def sleeper(n):
    "doc"
    r = yield from asyncio.sleep(0, n)
    return r * 2
print(type(sleeper(1)).__name__, sleeper.__name__, sleeper.__doc__, sleeper.__qualname__)
async def main():
    return await sleeper(21)
print(asyncio.run(main()))
@types.coroutine
def plain():
    return 5
print(plain())
def gen(): yield 1
c = types.coroutine(gen)
print(list(c()), c.__code__.co_flags & 0x100 != 0)
