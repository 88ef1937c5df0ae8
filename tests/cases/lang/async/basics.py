def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class suspend:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
async def add(a, b):
    await suspend('tick')
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(main()))
c = add(1, 1)
print(type(c).__name__, add.__name__, c.__qualname__)
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
class Awaitable:
    def __await__(self):
        yield 'from await'
        return 'awaited value'
async def use_awaitable():
    return await Awaitable()
print(run(use_awaitable()))
async def nothing(): pass
co = nothing()
co.close()
print('closed coroutine')
async def raiser():
    raise ValueError('in coroutine')
try:
    run(raiser())
except ValueError as e:
    print('caught', e)
print(add.__code__.co_flags & 0x80 != 0)
