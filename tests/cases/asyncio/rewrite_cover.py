# Coverage for the asyncio rewrite: futures, gather/shield/wait, TaskGroup, Timeout, loop basics.
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(5)
    print(repr(f), f.result(), f.exception())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print('again:', e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration)
    except TypeError as e:
        print(e)
    g.set_exception(KeyError)
    print(repr(g), repr(g.exception()))
    c = loop.create_future()
    print(c.cancel('why'), c.cancel(), c.cancelled())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print('cancelled with', e.args)
    calls = []
    h = loop.create_future()
    cb = lambda fut: calls.append(fut.result())
    h.add_done_callback(cb)
    h.add_done_callback(cb)
    print(h.remove_done_callback(cb), h.remove_done_callback(cb))
    h.add_done_callback(cb)
    h.set_result('x')
    await asyncio.sleep(0)
    print(calls)

    x = value('dup')
    print(await asyncio.gather(x, x, value(2), return_exceptions=True))
    print(await asyncio.gather(value(1), boom('bad'), return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.01), boom('first'))
    except ValueError as e:
        print('gather raised', e)
    print(await asyncio.gather())
    gat = asyncio.gather(value(1, 1), value(2, 1))
    await asyncio.sleep(0)
    print(gat.cancel('stop'), gat.cancel())
    try:
        await gat
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)

    inner = asyncio.create_task(value('inner', 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(outer.cancelled(), inner.cancelled(), await inner)

    tasks = [asyncio.create_task(value(i, i / 100)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    bad = asyncio.create_task(boom('w', 0.005))
    slow = asyncio.create_task(value('slow', 0.5))
    done, pending = await asyncio.wait([bad, slow], return_when=asyncio.FIRST_EXCEPTION)
    print(bad in done, slow in pending)
    slow.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(value(1, 0.5))], timeout=0.01)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    stray = value(1)
    for bad_args in ((set(),), ([stray],), (tasks,)):
        kw = {'return_when': 'nope'} if bad_args[0] is tasks else {}
        try:
            await asyncio.wait(*bad_args, **kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    stray.close()
    await asyncio.sleep(0)

    print(await asyncio.wait_for(value('quick'), 1), await asyncio.wait_for(value('none'), None))
    try:
        await asyncio.wait_for(value('slow', 1), 0.01)
    except TimeoutError as e:
        print('wait_for timeout', type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(value('zero', 0), 0)
    except TimeoutError:
        print('zero timeout')
    order = [await c for c in asyncio.as_completed([value('b', 0.02), value('a', 0.01)])]
    print(order)
    try:
        for c in asyncio.as_completed([value('late', 1)], timeout=0.01):
            await c
    except TimeoutError:
        print('as_completed timeout')

    async with asyncio.timeout(1) as cm:
        print(repr(cm).split(' when=')[0], cm.expired())
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out', repr(cm), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(None)
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print(e)

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(value(1))
        t2 = tg.create_task(value(2, 0.01), name='second')
        print(repr(tg), t2.get_name())
    print(t1.result(), t2.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom('one'))
            tg.create_task(boom('two', 0))
            tg.create_task(value('never', 1))
    except* ValueError as eg:
        print('group', sorted(str(e) for e in eg.exceptions))
    coro = value(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
    tg2 = asyncio.TaskGroup()
    coro = value(0)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()

    t = asyncio.create_task(value('t', 1), name='job')
    await asyncio.sleep(0)
    print(t.get_name(), t.cancelling(), t.cancel('m'), t.cancelling(), t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('task cancelled', e.args, t.cancelled())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()) >= 1)


asyncio.run(main())
