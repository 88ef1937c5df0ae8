def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 3
    finally:
        print("finally")
it = g()
print(next(it), it.throw(ValueError("x")))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
it = g(); next(it); print(it.close(), it.gi_frame)
it = g()
try:
    it.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
def g2():
    try:
        yield
    except GeneratorExit:
        yield "bad"
it = g2(); next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g3():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
it = g3(); print(next(it), it.send(5))
try:
    it.send("ret")
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    g3().send(1)
except TypeError as e:
    print("TypeError", e)
def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner close")
    return "inner-result"
def outer():
    r = yield from inner()
    print("r =", r)
    yield "c"
o = outer(); print(next(o)); o.close()
o = outer(); print(list(o))
o = outer(); next(o)
try:
    o.throw(IndexError("boom"))
except IndexError as e:
    print("IndexError", e)
print(o.gi_running, o.gi_frame)
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def stopper():
    raise StopIteration(5)
    yield
try:
    next(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
gen = (i * i for i in range(3))
print(gen.__name__, next(gen), list(gen), list(gen))
def tb():
    yield 1
t = tb(); next(t)
try:
    t.throw(TypeError("tt"))
except TypeError as e:
    print("TypeError", e)
print(next(t, "exhausted"))
