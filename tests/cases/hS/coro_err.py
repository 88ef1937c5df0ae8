async def inner():
    raise LookupError("deep")

async def outer():
    await inner()

c = outer()
c.send(None)
