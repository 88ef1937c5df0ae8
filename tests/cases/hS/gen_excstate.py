import sys

def g():
    try:
        raise ValueError("inside")
    except ValueError:
        print("before yield", sys.exc_info()[0].__name__)
        yield 1
        print("after yield", sys.exc_info()[0].__name__)
    print("outside", sys.exc_info()[:2])
    yield 2

it = g()
print(next(it))
print("caller sees", sys.exc_info())
try:
    raise KeyError("caller")
except KeyError:
    print(next(it))
    print("caller after", sys.exc_info()[0].__name__)

def ctx():
    try:
        yield
    except Exception as e:
        print("ctx", repr(e), repr(e.__context__))
        raise TypeError("new")

c = ctx()
next(c)
try:
    try:
        raise OSError("outer")
    except OSError:
        c.throw(IndexError("thrown"))
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

def finret():
    try:
        yield 1
        return "try"
    finally:
        return "finally"
f = finret()
next(f)
try:
    next(f)
except StopIteration as e:
    print("finret", e.value)
f = finret()
next(f)
print(f.close())

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "cleanup"
y = yield_in_finally()
print(next(y))
try:
    y.close()
except RuntimeError as e:
    print(e)
y = yield_in_finally()
print(list(y))

def swallow():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("swallowed at", i)
s = swallow()
print(next(s), s.throw(ValueError), s.throw(ValueError))
try:
    s.throw(ValueError)
except StopIteration:
    print("done after throws")

def tb_gen():
    yield
tg = tb_gen(); next(tg)
try:
    tg.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("tb frames", n)

def with_gen():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
    with CM():
        yield 1
        yield 2
w = with_gen()
next(w)
w.close()
w = with_gen()
next(w)
try:
    w.throw(RuntimeError("r"))
except RuntimeError as e:
    print("rt", e)

def loop_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("loop_break finally")
for v in loop_break():
    if v == 2:
        break
print("after break")
lb = loop_break()
print([v for v in lb if v < 2][:2])
