print("== 0")
from collections.abc import Generator, Coroutine, Awaitable, AsyncIterator, AsyncGenerator
class Countdown(Generator):
    def __init__(self, n): self.n = n
    def send(self, v):
        if self.n <= 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        print("custom throw", typ, val)
        return super().throw(typ, val, tb)
c = Countdown(3)
print(list(c))
c2 = Countdown(5)
next(c2)
try:
    c2.throw(ValueError("x"))
except ValueError as e:
    print("raised", e)
c3 = Countdown(5)
next(c3)
c3.close()
print("closed", c3.n)
def d():
    r = yield from Countdown(2)
    print("r", r)
print(list(d()))
try:
    class Bad(Generator): pass
    Bad()
except TypeError as e:
    print(e)
print("== 1")
from collections.abc import Generator
class G(Generator):
    def send(self, v): return v
    def throw(self, *a): raise StopIteration
g = G()
try:
    g.close()
except RuntimeError as e:
    print(e)
class G2(Generator):
    def send(self, v): return v
    def throw(self, *a): return 1
try:
    G2().close()
except RuntimeError as e:
    print(e)
print("== 2")
from collections.abc import Coroutine
class Co(Coroutine):
    def __init__(self): self.i = 0
    def send(self, v):
        self.i += 1
        if self.i > 2:
            raise StopIteration(self.i)
        return self.i
    def throw(self, *a): raise a[0]
    def __await__(self):
        return self
    def __iter__(self): return self
    def __next__(self): return self.send(None)
async def use():
    return await Co()
u = use()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("ret", e.value)
print("== 3")
import asyncio
class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        return self.gen()
    async def gen(self):
        for i in range(self.n):
            await asyncio.sleep(0)
            yield i
async def main():
    async for i in Ticker(3):
        print(i)
    print([i async for i in Ticker(2)])
asyncio.run(main())
print("== 4")
import asyncio
class AwaitMe:
    def __init__(self, v): self.v = v
    def __await__(self):
        return (yield from asyncio.sleep(0, self.v).__await__())
async def main():
    print(await AwaitMe(5))
    print(await asyncio.gather(AwaitMe(1), AwaitMe(2)))
    print(await asyncio.wait_for(AwaitMe(3), 1))
asyncio.run(main())
print("== 5")
import asyncio
class Fut:
    def __await__(self):
        yield 123
async def main():
    try:
        await Fut()
    except RuntimeError as e:
        print(e)
try:
    asyncio.run(main())
except RuntimeError as e:
    print("outer", e)
print("== 6")
import asyncio
async def main():
    def gen():
        yield
    try:
        await gen()
    except TypeError as e:
        print(e)
asyncio.run(main())
print("== 7")
import types, asyncio
@types.coroutine
def legacy_sleep():
    yield from asyncio.sleep(0).__await__()
    return "legacy"
async def main():
    print(await legacy_sleep())
asyncio.run(main())

