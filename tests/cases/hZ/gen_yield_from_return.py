def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner-result"
def outer():
    r = yield from inner()
    print("r =", r)
    r2 = yield from [10, 20]
    print("r2 =", r2)
    return "done"
it = outer()
print(next(it), it.send("hello"), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def thrower():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "handled"
t = thrower(); next(t); print(t.throw(ZeroDivisionError))
def gen_ret():
    return (yield from ())
try:
    next(gen_ret())
except StopIteration as e:
    print("empty", e.value)
def stop_in_gen():
    raise StopIteration("x")
    yield
try:
    next(stop_in_gen())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def deleg():
    yield from range(3)
    yield from "ab"
print(list(deleg()))
def retnone():
    yield 1
    return
g = retnone(); next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
