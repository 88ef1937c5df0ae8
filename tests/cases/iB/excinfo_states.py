import sys
def state():
    t, v, tb = sys.exc_info()
    return None if t is None else (t.__name__, str(v))
print(state())
try:
    raise ValueError("a")
except ValueError:
    print(state())
    try:
        raise KeyError("b")
    except KeyError:
        print(state())
    print(state())
print(state())
def gen():
    print("gen start", state())
    yield 1
    print("gen resumed", state())
    try:
        raise IndexError("in gen")
    except IndexError:
        yield 2
        print("gen after yield in except", state())
    yield 3
g = gen()
try:
    raise TypeError("outer")
except TypeError:
    next(g)
next(g)
try:
    raise OSError("o2")
except OSError:
    print(state())
    next(g)
    print(state())
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    e
except NameError as ne:
    print(ne)
def f():
    try:
        raise RuntimeError("in f")
    finally:
        print("finally state", state())
try:
    f()
except RuntimeError:
    pass
def g2():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(g2(), state())
print(sys.exception() if hasattr(sys, "exception") else "no sys.exception")
try:
    raise
except RuntimeError as r:
    print(type(r).__name__, r)
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraiser()
except KeyError as k:
    print("reraised", repr(k), type(k.__context__))
