import inspect

def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    finally:
        print("finally")
    return "done"

def state(gen):
    return inspect.getgeneratorstate(gen)

it = g()
print(state(it))
try:
    it.send(5)
except Exception as e:
    print(type(e).__name__, e)
print(state(it))
print(it.send(None))
print(state(it))
print(it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("stop", repr(e.value), e.args)
print(state(it))
try:
    it.send(None)
except StopIteration as e:
    print("again", e.value, e.args)
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("KeyError after exhausted", e)
print(it.close())

# throw into unstarted
it2 = g()
try:
    it2.throw(ValueError, "boom")
except ValueError as e:
    print("unstarted throw", e)
print(state(it2))

# close unstarted: finally does not run
it3 = g()
it3.close()
print(state(it3))
try:
    next(it3)
except StopIteration as e:
    print("closed next", repr(e))

# close suspended
it4 = g()
next(it4)
it4.close()
print(state(it4))

# throw with traceback arg forms
def h():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)

hh = h()
next(hh)
hh.throw(TypeError)
hh.throw(TypeError("x"))
hh.throw(TypeError, "y")
hh.throw(TypeError, ("a", "b"))
hh.throw(TypeError, None)
try:
    hh.throw(1)
except TypeError as e:
    print(e)
try:
    hh.throw(TypeError("x"), "val")
except TypeError as e:
    print(e)
try:
    hh.throw(int)
except TypeError as e:
    print(e)

# running
def r():
    yield me.send(None)
me = r()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def r2():
    print(me2.gi_running)
    try:
        me2.close()
    except ValueError as e:
        print("close", e)
    try:
        me2.throw(KeyError)
    except ValueError as e:
        print("throw", e)
    yield 1
me2 = r2()
print(me2.gi_running, next(me2))
