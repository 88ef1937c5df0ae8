def g(): yield
async def c(): pass
async def a(): yield
for o in (g(), c(), a()):
    o.__qualname__ = "Q.x"
    print(o.__qualname__, o.__name__)
    for bad in (None, 5):
        try:
            o.__qualname__ = bad
        except TypeError as e:
            print(e)
    try:
        del o.__qualname__
    except TypeError as e:
        print(e)
    if hasattr(o, "close"): o.close()
