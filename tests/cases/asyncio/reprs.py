import asyncio
import functools

def cb(*args):
    pass

class C:
    def m(self, fut):
        pass

async def coro():
    await asyncio.sleep(0)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(C().m)
    f.add_done_callback(functools.partial(cb, 1))
    print(repr(f))
    f.add_done_callback(lambda x: None)
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))

    t = asyncio.create_task(coro(), name="worker")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    await t
    print(repr(t))
    t2 = asyncio.create_task(coro(), name="to-cancel")
    t2.cancel()
    print(repr(t2))
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(repr(t2))

    print(repr(loop.call_soon(cb, 1, "a")))
    print(repr(loop.call_soon(C().m, 2)))
    print(repr(loop.call_soon(functools.partial(cb, 1), 2)))
    hd = loop.call_soon(cb)
    hd.cancel()
    print(repr(hd))
    print(str(asyncio.Queue()), str(asyncio.LifoQueue(3)))
    q = asyncio.Queue()
    q.put_nowait("x")
    print(str(q))
    print(repr(loop).startswith("<_UnixSelectorEventLoop running=True closed=False debug=False>"))
    tm = asyncio.timeout(None)
    print(repr(tm))
    async with tm:
        print(repr(tm))
    print(repr(tm))
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
    print(repr(asyncio.CancelledError("m")), repr(asyncio.InvalidStateError()))
    print(asyncio.CancelledError.__module__, asyncio.QueueEmpty.__module__)

asyncio.run(main())
