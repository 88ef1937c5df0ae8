import types
class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("suspend", self.v)
        return f"resumed with {x}"
async def coro():
    r = await Awaitable(1)
    print("coro got", r)
    r2 = await Awaitable(2)
    return r + "|" + r2
c = coro()
print(type(c).__name__, c.send(None))
print(c.send("A"))
try: c.send("B")
except StopIteration as e: print("result", e.value)
try: c.send(None)
except RuntimeError as e: print("RuntimeError", e)
class BadAwait:
    def __await__(self): return 5
async def bad():
    await BadAwait()
try: bad().send(None)
except TypeError as e: print("TypeError", e)
async def bad2():
    await 3
try: bad2().send(None)
except TypeError as e: print("TypeError", e)
@types.coroutine
def legacy():
    v = yield "legacy-yield"
    return v * 2
async def uses_legacy():
    return await legacy()
u = uses_legacy()
print(u.send(None))
try: u.send(21)
except StopIteration as e: print("legacy result", e.value)
class CM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("enter", self.name); return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.name == "suppress"
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("suppress"):
        raise KeyError("hidden")
    try:
        async with CM("noisy"):
            raise KeyError("shown")
    except KeyError as e: print("KeyError", e)
    async for i in AIter(3):
        print("item", i)
    else:
        print("for-else")
    print([i async for i in AIter(4) if i % 2])
    return "main done"
m = main()
try: m.send(None)
except StopIteration as e: print(e.value)
async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield x * 2
    except ValueError as e:
        print("agen caught", e)
        yield "from-except"
    finally:
        print("agen finally")
def run(aw):
    try:
        while True: aw.send(None)
    except StopIteration as e:
        return e.value
a = agen()
print(type(a).__name__, run(a.__anext__()), run(a.asend(5)))
print(run(a.athrow(ValueError("vv"))))
print(run(a.aclose()))
try: run(a.__anext__())
except StopAsyncIteration: print("exhausted")
b = agen(); run(b.asend(None))
try: run(b.athrow(KeyError, KeyError("kk")))
except KeyError as e: print("KeyError", e)
c = agen()
try: run(c.asend("x"))
except TypeError as e: print("TypeError", e)
async def no_aiter():
    async for i in [1, 2]: pass
try: run(no_aiter())
except TypeError as e: print("TypeError", e)
async def no_aenter():
    async with CM: pass
try: run(no_aenter())
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
async def ret_in_agen():
    yield 1
print(ret_in_agen.__name__, type(ret_in_agen()).__name__)
co = coro(); co.close(); print("closed coro", co.cr_frame)
async def simple(): return 1
s = simple(); print(s.cr_running, s.__name__, s.__qualname__); s.close()
