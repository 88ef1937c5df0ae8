import types
class Aw:
    def __await__(self):
        x = yield 'from Aw'
        return ('aw result', x)
async def coro():
    r = await Aw()
    return r
c = coro()
print(type(c).__name__, c.send(None))
try:
    c.send('sent')
except StopIteration as e:
    print('stop', e.value)
c2 = coro()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print('RuntimeError', e)
c3 = coro()
c3.send(None)
try:
    c3.throw(ValueError('thrown'))
except ValueError as e:
    print('thrown through', e)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print('TypeError', e)
class BadAw:
    def __await__(self): return 5
async def bad2(): await BadAw()
try:
    bad2().send(None)
except TypeError as e:
    print('TypeError', e)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print('aenter'); return 'acm'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
async def main():
    out = []
    async for v in AIter():
        out.append(v)
    else:
        out.append('else')
    async with ACM() as r:
        out.append(r)
    out.append([x async for x in AIter()])
    out.append([await Aw2() for _ in range(2)])
    return out
class Aw2:
    def __await__(self):
        return iter([])
def run(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def agen():
    yield 1
    yield 2
async def use_agen():
    g = agen()
    print(type(g).__name__)
    r = [v async for v in g]
    return r
print(run(use_agen()))
async def no_aiter():
    async for x in [1]: pass
try: run(no_aiter())
except TypeError as e: print('TypeError', e)
async def no_aenter():
    async with object(): pass
try: run(no_aenter())
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
@types.coroutine
def gen_coro():
    v = yield 'gc'
    return v
async def use_gc():
    return await gen_coro()
c = use_gc()
print(c.send(None))
try: c.send('final')
except StopIteration as e: print(e.value)
import asyncio
async def sleeper(n):
    await asyncio.sleep(0)
    return n * 2
async def gather():
    return await asyncio.gather(sleeper(1), sleeper(2))
print(asyncio.run(gather()))
cc = coro()
print(cc.cr_running, cc.cr_await, cc.__name__, cc.__qualname__)
cc.close()
import warnings
async def never(): pass
never().close()
print(repr(asyncio.iscoroutinefunction(coro)), asyncio.iscoroutine(1))
