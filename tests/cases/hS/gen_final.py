import gc
def fin(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)

a = fin("a")
next(a)
a = None
print("after rebinding a")

def cyc():
    b = fin("cycle")
    next(b)
    holder = [b]
    holder.append(holder)
cyc()
gc.collect()
print("after collect")

def in_func():
    c = fin("local")
    next(c)
    print("returning from in_func")
in_func()
print("after in_func")

d = {"g": fin("dict")}
next(d["g"])
del d["g"]
print("after del dict item")

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(next(deep(300)))

def rec(n):
    yield n
    if n:
        yield from rec(n - 1)
print(sum(rec(200)))

def infinite():
    yield from infinite()
try:
    next(infinite())
except RecursionError as e:
    print("RecursionError", e)

import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    async for v in agen():
        print("v", v)
        break
    print("main end")
asyncio.run(main())
print("after run")

module_level = fin("module")
next(module_level)
print("end of program")
