# dropping a suspended generator closes it (runs finally blocks)
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

x = g("dropped")
next(x)
del x
print("after del")

def loop_break():
    for v in g("loop"):
        break
    print("after break")
loop_break()

# generator in a cycle is collected too
import gc
def cyc():
    y = g("cycle")
    next(y)
    holder = [y]
    holder.append(holder)
cyc()
gc.collect()
print("after collect")

# return inside try/finally in generator
def rf():
    try:
        yield 1
        return "ret"
    finally:
        print("rf finally")
it = rf()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)

# finally that yields during close -> RuntimeError
def yf():
    try:
        yield 1
    finally:
        yield 2
z = yf()
next(z)
try:
    z.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# exception state inside generator is restored
def exc_gen():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1
        import sys
        print("in gen:", repr(sys.exc_info()[1]))
try:
    raise ValueError("outside")
except ValueError:
    e = exc_gen()
    next(e)
    import sys
    print("outside:", repr(sys.exc_info()[1]))
    next(e, None)

# generator raising inside a for loop: traceback chain
def raiser():
    yield 1
    raise IndexError("gen failure")
try:
    for _ in raiser():
        pass
except IndexError as e:
    print("caught", e)

# send values accumulate through a pipeline of generators
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])

# generators are iterators; iter(gen) is gen
def nums():
    yield from range(3)
n = nums()
print(iter(n) is n, list(zip(n, "ab")), list(n))

# recursion through generators
def tree(d):
    if d == 0:
        yield "leaf"
        return
    for _ in range(2):
        yield from tree(d - 1)
print(len(list(tree(8))))
