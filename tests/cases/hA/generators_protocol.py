def averager():
    total = 0.0; count = 0; avg = None
    while True:
        try:
            term = yield avg
        except ValueError as e:
            print("caught in gen:", e)
            continue
        if term is None:
            break
        total += term; count += 1; avg = total / count
    return (count, avg)
def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) >= 2:
            return "done"
res = []
g = delegator(res)
print(next(g))
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError("bad")))
print(g.send(None))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, repr(e))
print(res)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
g.close()
print(g.gi_frame, g.gi_running)
try:
    next(g)
except StopIteration:
    print("exhausted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
g = (x * x for x in range(4))
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g), list(g))
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
def genret():
    yield 1
    return 99
g = genret()
print(list(g))
g = genret(); next(g)
try: next(g)
except StopIteration as e: print(e.value, e.args)
def yf():
    x = yield from [1, 2]
    print("x is", x)
    y = yield from genret()
    print("y is", y)
print(list(yf()))
g = yf()
print(next(g))
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
def running():
    print(g2.gi_running)
    yield g2.gi_running
g2 = running()
print(list(g2))
def self_ref():
    yield next(g3)
g3 = self_ref()
try:
    next(g3)
except ValueError as e:
    print("ValueError", e)
try:
    g4 = genret(); g4.send(5)
except TypeError as e:
    print("TypeError", e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter()
print(next(c), next(c), c.send("reset"), next(c))
g = (i for i in range(3))
print(g.gi_frame is not None, next(g))
g.close(); print(g.gi_frame)
import inspect
def gs(): yield
x = gs()
print(inspect.getgeneratorstate(x)); next(x); print(inspect.getgeneratorstate(x))
try: next(x)
except StopIteration: pass
print(inspect.getgeneratorstate(x))
try:
    (lambda: (yield))().throw(TypeError("hi"))
except TypeError as e:
    print("thrown into fresh", e)
g = gs()
print(g.throw.__name__)
try:
    g.throw(ValueError)
except ValueError as e:
    print(repr(e))
def nested_gen_expr():
    return [list(y for y in range(x)) for x in range(3)]
print(nested_gen_expr())
