# Generator and coroutine introspection: states, flags, code objects.
import inspect


def countdown(n):
    while n > 0:
        state = inspect.getgeneratorstate(gen)
        yield n, state
        n -= 1


gen = countdown(2)
print(inspect.getgeneratorstate(gen))
print(next(gen))
print(inspect.getgeneratorstate(gen))
print(list(gen))
print(inspect.getgeneratorstate(gen))

g2 = countdown(5)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))


async def fetch(x):
    return x * 2


coro = fetch(1)
print(inspect.getcoroutinestate(coro), inspect.iscoroutine(coro), inspect.isawaitable(coro))
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(coro))


def plain():
    return 1


for f in (countdown, fetch, plain, lambda: (yield)):
    code = f.__code__
    print(f.__name__, bool(code.co_flags & inspect.CO_GENERATOR), bool(code.co_flags & inspect.CO_COROUTINE),
          inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f), code.co_argcount)
print(inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_ASYNC_GENERATOR)
print(inspect.GEN_CREATED, inspect.CORO_CLOSED)
