class _Tick:
    def __await__(self):
        v = yield 'tick'
        return v
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def numbers(n):
    for i in range(n):
        await _Tick()
        yield i
    print('numbers done')
async def main():
    out = []
    async for v in numbers(3):
        out.append(v)
    gen = (v * 2 async for v in numbers(2))
    out.append([x async for x in gen])
    nested = [[y async for y in numbers(i)] for i in range(3)]
    out.append(nested)
    return out
print(run(main()))
async def closer():
    try:
        yield 1
        yield 2
    finally:
        print('async gen finally')
async def use_close():
    g = closer()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed generator stops')
print(run(use_close()))
async def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            yield f'caught {e}'
async def use_throw():
    g = catcher()
    first = await g.__anext__()
    second = await g.athrow(ValueError('v'))
    return first, second
print(run(use_throw()))
async def early_break():
    async for v in numbers(10):
        if v == 1:
            break
    return v
print(run(early_break()))
print(type(numbers(1)).__name__, numbers.__code__.co_flags & 0x200 != 0)
