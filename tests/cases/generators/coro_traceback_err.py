class Awaitable:
    def __await__(self):
        yield "x"
        raise KeyError("awaitable failed")

async def leaf():
    await Awaitable()

async def root():
    await leaf()

c = root()
print(c.send(None))
c.send(None)
