# send/throw/close semantics of generators
def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = counter()
print(next(g))
print(g.send(3))
print(g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)

g = counter()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e))
            yield "after"

g = catcher()
next(g)
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))

# throw into an unstarted generator
def simple():
    yield 1
g = simple()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early", e)
print(list(g))

# close
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
g = closing()
print(next(g))
print(g.close())
print(g.close())
print(list(g))

def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def ret_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = ret_on_close()
next(g)
print("close ->", g.close())

def swallow():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g = swallow()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e)

# throw with type and value
def t():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e.args)
        yield 9
g = t(); next(g)
print(g.throw(TypeError, TypeError("x")))
g = t(); next(g)
print(g.throw(IndexError, "msg"))
g = t(); next(g)
try:
    g.throw(42)
except TypeError as e:
    print(e)

# exhausted generator
g = simple()
list(g)
try:
    g.send(1)
except StopIteration as e:
    print("exhausted send", e.value)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("exhausted throw", e)
