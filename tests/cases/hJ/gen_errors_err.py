import traceback
def g1():
    yield 1
    next(iter([]))
    yield 2
try:
    list(g1())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    traceback.print_exc()
def g2():
    x = yield 1
    print("got", x)
    yield x * 2
g = g2()
try:
    g.send(5)
except TypeError as e:
    print(e)
print(next(g))
print(g.send(10))
try:
    g.send(1)
except StopIteration as e:
    print("stop", e.value, repr(e))
def g3():
    try:
        yield 1
    except ValueError as e:
        print("inside caught", e)
        yield "recovered"
g = g3()
next(g)
print(g.throw(ValueError("thrown")))
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
def g4():
    yield from g5()
def g5():
    yield 1
    raise IndexError("deep")
try:
    for v in g4():
        print("v", v)
except IndexError:
    traceback.print_exc()
def g6():
    return 42
    yield
g = g6()
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
def selfref():
    yield next(gen_self)
gen_self = selfref()
try:
    next(gen_self)
except ValueError as e:
    print(e)
g = g2()
g.close()
try:
    next(g)
except StopIteration as e:
    print("closed", repr(e))
def g7():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g7()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def counter():
    n = 0
    while True:
        n += 1
        if n > 2:
            raise StopIteration("manual")
        yield n
for x in counter():
    print(x)
