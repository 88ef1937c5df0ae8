class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACtx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")

async def main():
    async for i in ARange(3):
        print("item", i)
    else:
        print("else clause")
    async for i in ARange(5):
        if i == 2:
            break
    print("broke at", i)
    async with ACtx("a") as v:
        print("inside", v)
    async with ACtx("b", swallow=True):
        raise ValueError("swallowed")
    print("after swallow")
    try:
        async with ACtx("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    async with ACtx("x") as x, ACtx("y") as y:
        print(x, y)
    return "done"

print(run(main()))

async def errors():
    try:
        async for i in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    class NoANext:
        def __aiter__(self):
            return self
    try:
        async for i in NoANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadANext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 1
    try:
        async for i in BadANext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    class OnlyEnter:
        async def __aenter__(self):
            return 1
    try:
        async with OnlyEnter():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    class BadEnter:
        def __aenter__(self):
            return 1
        async def __aexit__(self, *a):
            return False
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
run(errors())
