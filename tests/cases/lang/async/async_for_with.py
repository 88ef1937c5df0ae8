def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class _Tick:
    def __await__(self):
        yield
def tick():
    return _Tick()
class ARange:
    def __init__(self, n): self.n, self.i = n, 0
    def __aiter__(self): return self
    async def __anext__(self):
        await tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1
class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    out = []
    async for i in ARange(3):
        out.append(i)
    else:
        out.append('else')
    async with ACM('a') as a, ACM('b') as b:
        out.append(a + b)
    async with ACM('swallow'):
        raise KeyError('x')
    async for i in ARange(5):
        if i == 1: continue
        if i == 3: break
        out.append(('loop', i))
    return out
print(run(main()))
async def agen(n):
    for i in range(n):
        await tick()
        yield i * 10
async def use_agen():
    res = [x async for x in agen(3)]
    res2 = [x async for x in agen(4) if x > 10]
    res3 = {x: 1 async for x in agen(2)}
    res4 = [await add1(x) for x in range(2)]
    return res, res2, res3, res4
async def add1(x):
    await tick()
    return x + 1
print(run(use_agen()))
async def agen_send():
    x = yield 1
    print('agen got', x)
    yield 2
async def drive():
    g = agen_send()
    a = await g.__anext__()
    b = await g.asend('sent')
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    return a, b
print(run(drive()))
print(type(agen(1)).__name__)
