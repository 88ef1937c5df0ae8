async def f():
    x = [y async for y in z]
def g():
    x = [y async for y in z]
