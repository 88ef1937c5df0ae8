import asyncio

async def sleeper(name, n, log):
    try:
        for _ in range(n):
            await asyncio.sleep(0)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def failer(msg, n=1):
    for _ in range(n):
        await asyncio.sleep(0)
    raise ValueError(msg)

async def t1():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("long", 10, log))
            tg.create_task(failer("f1", 2))
    except* ValueError as eg:
        print("t1", [str(e) for e in eg.exceptions])
    print(log)

async def t2():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("s", 5, log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("t2 body error", repr(eg.exceptions[0]))
    print(log)

async def t3():
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(failer("deep"))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print("t3", eg.message, type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)

async def t4():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("a"))
            tg.create_task(failer("b"))
            tg.create_task(failer("c", 3))
    except* ValueError as eg:
        print("t4", sorted(str(e) for e in eg.exceptions))

async def t5():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(sleeper(f"n{i}", i, [])) for i in range(3)]
    print("t5", [t.result() for t in ts])
    try:
        tg.create_task(sleeper("late", 1, []))
    except RuntimeError as e:
        print("t5", e)

async def t6():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer("v"))
            async def te():
                await asyncio.sleep(0)
                raise TypeError("t")
            tg.create_task(te())
    except* ValueError as eg:
        print("t6 V", len(eg.exceptions))
    except* TypeError as eg:
        print("t6 T", len(eg.exceptions))

async def t7():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(failer("x"))
        except* KeyError:
            print("not reached")
    except ExceptionGroup as eg:
        print("t7 rest", eg.exceptions)

async def main():
    for t in (t1, t2, t3, t4, t5, t6, t7):
        await t()

asyncio.run(main())

def eg_basics():
    eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3)])])
    print(repr(eg))
    print(str(eg))
    m, r = eg.split(ValueError)
    print(repr(m), repr(r))
    print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
    print(eg.subgroup(OSError))
    print(repr(eg.derive([KeyError()])))
    try:
        ExceptionGroup("x", [])
    except ValueError as e:
        print(e)
    try:
        ExceptionGroup("x", [1])
    except ValueError as e:
        print(e)
    try:
        ExceptionGroup("x", [KeyboardInterrupt()])
    except TypeError as e:
        print(e)
    beg = BaseExceptionGroup("b", [ValueError()])
    print(type(beg).__name__)
    beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
    print(type(beg2).__name__)
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped", repr(g))
    try:
        try:
            raise eg
        except* ValueError:
            raise IndexError("from handler")
    except ExceptionGroup as e:
        print("handler raise", repr(e))
eg_basics()
