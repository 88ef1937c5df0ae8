import sys, asyncio
print(sys.get_asyncgen_hooks())
seen = []
def first(agen): seen.append(("first", agen.__name__))
def fin(agen): seen.append(("fin", agen.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, len(h), type(h).__name__)
async def ag():
    try:
        yield 1
        yield 2
    finally:
        pass
async def drive():
    g = ag()
    print(await g.__anext__())
    del g
c = drive()
try: c.send(None)
except StopIteration: pass
print(seen)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
for bad in [dict(firstiter=1), dict(finalizer="x"), dict(firstiter=2, finalizer=3)]:
    try: sys.set_asyncgen_hooks(**bad)
    except TypeError as e: print("TypeError", e)
sys.set_asyncgen_hooks(finalizer=fin)
print(sys.get_asyncgen_hooks().finalizer is fin, sys.get_asyncgen_hooks().firstiter)
sys.set_asyncgen_hooks(None, None)
async def counted(log):
    try:
        for i in range(5):
            yield i
    finally:
        log.append("finally start")
        await asyncio.sleep(0)
        log.append("finally end")
async def main():
    log = []
    async for v in counted(log):
        if v == 2: break
    log.append("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("after sleeps")
    print(log)
    kept = counted(log)
    await kept.__anext__()
    return kept
k = asyncio.run(main())
print("run returned", k.ag_frame is None)
