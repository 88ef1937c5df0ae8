import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
log = []
loop.call_soon(log.append, 1)
loop.call_later(0.02, log.append, 3)
loop.call_later(0.01, log.append, 2)
h = loop.call_later(0.015, log.append, "cancelled")
h.cancel()
print(h.cancelled(), repr(loop.call_soon(log.append, 0)))
loop.call_later(0.03, loop.stop)
loop.run_forever()
print(log)

t0 = loop.time()
async def timed():
    await asyncio.sleep(0.02)
    return loop.time() - t0 >= 0.02
print(loop.run_until_complete(timed()))

when = loop.time() + 0.01
th = loop.call_at(when, log.append, "at")
print(th.when() == when)
loop.run_until_complete(asyncio.sleep(0.02))
print(log[-1])

fut = loop.create_future()
loop.call_soon(fut.set_result, "via future")
print(loop.run_until_complete(fut))

# exceptions in callbacks go to the exception handler
def handler(lp, context):
    print("handler:", context["message"], repr(context.get("exception")))
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
def bad():
    raise ZeroDivisionError("cb")
loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(0.001))
loop.call_exception_handler({"message": "custom"})
loop.set_exception_handler(None)

# run_until_complete stopped early
async def stopper():
    loop.stop()
    await asyncio.sleep(0.01)
try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)

# run_in_executor
print(loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2, 3])))

# stop from inside, running twice
async def inner():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
loop.run_until_complete(inner())
print(repr(loop))
loop.close()
print(repr(loop))
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

# call_soon with context
import contextvars
var = contextvars.ContextVar("var", default="default")
loop2 = asyncio.new_event_loop()
ctx = contextvars.copy_context()
ctx.run(var.set, "in ctx")
loop2.call_soon(lambda: print("var =", var.get()), context=ctx)
loop2.call_soon(lambda: print("var =", var.get()))
loop2.run_until_complete(asyncio.sleep(0))
loop2.close()
