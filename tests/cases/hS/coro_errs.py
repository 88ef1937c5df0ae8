import asyncio, types

async def simple():
    return 1

async def await_twice_concurrent():
    co = asyncio.sleep(0)
    w = co.__await__()
    next(w)
    try:
        w2 = co.__await__()
        print(type(w2).__name__)
        next(w2)
    except RuntimeError as e:
        print("rt", e)

c = await_twice_concurrent()
try:
    c.send(None)
except StopIteration:
    pass

async def selfawait():
    await me
me = selfawait()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)

async def a1():
    return await a2_c
async def a2():
    await asyncio.sleep(0)
a2_c = a2()
x1 = a1(); x2 = a1()
print(x1.send(None))
try:
    x2.send(None)
except RuntimeError as e:
    print(e)
x1.close(); x2.close(); a2_c.close()

@types.coroutine
def gen_coro():
    yield "from-gen"
    return "gc-ret"
async def use():
    return await gen_coro()
u = use()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
print(types.coroutine(simple) is simple)
def plain_gen():
    yield 1
wrapped = types.coroutine(plain_gen)
print(wrapped is plain_gen, bool(plain_gen.__code__.co_flags & 0x100))
def not_gen():
    return simple()
nw = types.coroutine(not_gen)
co = nw()
print(type(co).__name__)
co.close()
async def closing():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        print("coroutine got GeneratorExit")
        raise
cc = closing()
cc.send(None)
cc.close()
async def ignore_exit():
    try:
        await asyncio.sleep(0)
    except GeneratorExit:
        pass
    await asyncio.sleep(0)
ie = ignore_exit()
ie.send(None)
try:
    ie.close()
except RuntimeError as e:
    print(e)
ie = None
async def thrower():
    try:
        await asyncio.sleep(0)
    except ValueError as e:
        return f"caught {e}"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
aw = simple().__await__()
print(type(aw).__name__, iter(aw) is aw)
try:
    next(aw)
except StopIteration as e:
    print("await iter", e.value)
async def agen():
    yield 1
ag = agen()
print(type(ag.__anext__()).__name__, type(ag.asend(None)).__name__, type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
nx = ag.__anext__()
try:
    nx.send(None)
except StopIteration as e:
    print("anext value", e.value)
try:
    nx.send(None)
except RuntimeError as e:
    print(e)
try:
    nx.send(None)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
async def agen2():
    await asyncio.sleep(0)
    yield 5
a2 = agen2()
n1 = a2.__anext__()
n1.send(None)
n2 = a2.__anext__()
try:
    n2.send(None)
except RuntimeError as e:
    print(e)
