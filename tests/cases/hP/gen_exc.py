def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("gen caught", repr(e))
        yield "recovered"
    finally:
        print("gen finally")

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
g = gen()
next(g)
g.close()
print("closed", g.gi_frame is None if hasattr(g, "gi_frame") else "?")
g = gen()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("early throw propagated", e)
print(next(g, "exhausted"))

def ret_gen():
    yield 1
    return "retval"
g = ret_gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

def delegator():
    r = yield from ret_gen()
    print("delegated result", r)
    yield r
print(list(delegator()))

def stop_inside():
    yield 1
    raise StopIteration("inside")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g = catches_exit(); next(g); g.close(); g.close()
print("double close ok")

def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)

g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("genexpr", e)
print(next(g, "dead"))

try:
    gen().send(5)
except TypeError as e:
    print("TypeError", e)

def thrower():
    yield 1
g = thrower()
try:
    g.throw(ValueError, ValueError("v"), None)
except ValueError as e:
    print("3-arg throw", repr(e))
try:
    g.throw(TypeError, "msg")
except TypeError as e:
    print("throw type+value", repr(e))
try:
    g.throw(1)
except TypeError as e:
    print("TypeError", e)

try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print("listcomp", e)
f = lambda x: x["key"]
try:
    f({})
except KeyError as e:
    print("lambda", repr(e))

class P:
    @property
    def prop(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"getattr fallback for {name}"
print(P().prop)
class Q:
    @property
    def prop(self):
        return self.missing
try:
    Q().prop
except AttributeError as e:
    print("AttributeError", e)

async def coro():
    raise ValueError("in coro")
c = coro()
try:
    c.send(None)
except ValueError as e:
    print("coro", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
