import asyncio
import contextvars

var = contextvars.ContextVar("var", default=0)

async def bump():
    var.set(var.get() + 1)
    return var.get()

# Runner keeps one context across run() calls
with asyncio.Runner() as r:
    print(r.run(bump()), r.run(bump()))
    loop = r.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
c = bump()
try:
    r.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# explicit context
ctx = contextvars.Context()
with asyncio.Runner() as r:
    print(r.run(bump(), context=ctx), ctx[var])

# asyncio.run uses a fresh context copy each time
print(asyncio.run(bump()), asyncio.run(bump()), var.get())

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
loop = policy.new_event_loop()
policy.set_event_loop(loop)
print(policy.get_event_loop() is loop, asyncio.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

# run_until_complete with a future and with a task
loop = asyncio.new_event_loop()
t = loop.create_task(bump(), name="named")
print(t.get_name(), loop.run_until_complete(t))
f = loop.create_future()
loop.call_later(0.001, f.set_result, "fut result")
print(loop.run_until_complete(f))
async def both():
    return await asyncio.gather(bump(), bump())
print(loop.run_until_complete(both()))
loop.close()

# Future and Queue support generic aliases
print(asyncio.Future[int], asyncio.Queue[str])
