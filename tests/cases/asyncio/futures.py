import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    print(f.get_loop() is loop)
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.01, f.set_result, "later")
    print(await f)
    print(repr(f))
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    g = loop.create_future()
    g.set_exception(ValueError("x"))
    print(repr(g))
    try:
        await g
    except ValueError as e:
        print("awaited exception", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print(e)

    # callbacks run in order via call_soon, after the result is set
    k = loop.create_future()
    def cb(fut, tag=""):
        print("cb", tag, fut.result())
    k.add_done_callback(cb)
    k.add_done_callback(lambda fut: cb(fut, "lambda"))
    k.add_done_callback(cb)
    print(k.remove_done_callback(cb))
    k.set_result(7)
    print("set")
    await asyncio.sleep(0)
    # callback added after done is scheduled soon
    k.add_done_callback(lambda fut: print("late cb"))
    await asyncio.sleep(0)

    c = loop.create_future()
    print(c.cancel(), c.cancel(), c.cancelled(), repr(c))
    c2 = loop.create_future()
    c2.cancel(msg="why")
    try:
        c2.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    # a future used with yield (not await) from a generator-based coroutine
    f3 = loop.create_future()
    loop.call_soon(f3.set_result, "soon")
    print(await f3)
    print(asyncio.isfuture(f3), asyncio.isfuture(object()))
    print(asyncio.Future, asyncio.Task)

asyncio.run(main())
