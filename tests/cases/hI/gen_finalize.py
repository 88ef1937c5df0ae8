import sys
def g(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")
def f():
    it = g("local")
    next(it)
    print("f returning")
f()
print("after f")
for x in g("loop"):
    print("got", x)
    break
print("after break")
it = g("rebound"); next(it); it = None; print("after rebind")
def inner():
    yield 1
    return "rv"
def mid():
    r = yield from inner()
    print("mid got", r)
    yield r
m = mid()
print(next(m), m.gi_yieldfrom.__name__ if m.gi_yieldfrom else None)
print(next(m), m.gi_yieldfrom)
print(m.gi_code.co_name, m.gi_frame.f_code.co_name, type(m.gi_frame.f_lineno).__name__)
def lineno_gen():
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
print(list(lineno_gen()))
def raising_close():
    try:
        yield
    finally:
        raise ValueError("in finally")
rc = raising_close(); next(rc)
try: rc.close()
except ValueError as e: print("ValueError", e)
class MyStop(StopIteration): pass
def gs():
    yield 1
    raise MyStop("sub")
try: list(gs())
except RuntimeError as e: print("RuntimeError", e, type(e.__cause__).__name__)
def ret_value():
    yield 1
    return [1, 2]
r = ret_value(); next(r)
try: next(r)
except StopIteration as e: print("value", e.value, e.args)
def ret_tuple():
    return (1, 2)
    yield
try: next(ret_tuple())
except StopIteration as e: print("tuple value", e.value, e.args)
def ret_none():
    return
    yield
try: next(ret_none())
except StopIteration as e: print("none value", e.value, e.args)
def thrower():
    while True:
        try:
            yield
        except Exception as e:
            print("thrower caught", type(e).__name__, e)
t = thrower(); next(t)
t.throw(ValueError("v1"))
t.throw(ValueError, "v2")
t.throw(ValueError, ValueError("v3"))
try: t.throw(ValueError, 5, 6)
except TypeError as e: print("TypeError", e)
try: t.throw(5)
except TypeError as e: print("TypeError", e)
t.throw(KeyError)
t.close()
print(t.gi_frame)
def gen_exit_catch():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__)
        raise
ge = gen_exit_catch(); next(ge); ge.close()
def unstarted():
    print("never printed")
    yield
u = unstarted(); u.close(); print("closed unstarted")
u2 = unstarted()
try: u2.throw(IndexError("pre"))
except IndexError as e: print("IndexError", e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
def gen_with_stopiter_in_for():
    for x in iter([1, 2]):
        yield x
    yield from ()
print(list(gen_with_stopiter_in_for()))
genexp = (1/x for x in [1, 0])
print(next(genexp))
try: next(genexp)
except ZeroDivisionError as e: print("ZeroDivisionError", e)
print(list(genexp))
print("end of module")
pending = g("module-level")
next(pending)
