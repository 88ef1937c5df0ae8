import asyncio
log = []
class ACM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        log.append(f'enter {self.n}'); await asyncio.sleep(0); return self.n
    async def __aexit__(self, et, ev, tb):
        log.append(f'exit {self.n} {et.__name__ if et else None}'); return self.n == 'suppress'
class AIt:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def val(x):
    await asyncio.sleep(0)
    return x
async def main():
    async with ACM('a') as a, ACM('b') as b:
        log.append((a, b))
    async with ACM('suppress'):
        raise KeyError('x')
    try:
        async with ACM('c'):
            raise ValueError('v')
    except ValueError:
        log.append('propagated')
    async for i in AIt(2):
        log.append(i)
    else:
        log.append('for-else')
    async for i in AIt(5):
        if i == 2: break
    else:
        log.append('not reached')
    log.append(f'{await val(5)} and {await val("s")!r}')
    log.append([await val(i) for i in range(3)])
    log.append({k: await val(k * 2) for k in 'ab'})
    log.append([i async for i in AIt(3) if i % 2])
    log.append(await asyncio.gather(*(val(i) for i in range(3))))
    r = await asyncio.wait_for(val('w'), 1)
    log.append(r)
    t = asyncio.create_task(val('task'))
    log.append(await t)
    log.append(t.done())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        log.append('timeout')
    async def failing():
        await asyncio.sleep(0)
        raise RuntimeError('fail')
    res = await asyncio.gather(failing(), val(1), return_exceptions=True)
    log.append([type(x).__name__ for x in res])
    return 'ok'
print(asyncio.run(main()))
for l in log: print(l)
