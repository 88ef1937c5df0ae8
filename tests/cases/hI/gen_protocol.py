def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught", e)
                yield "handled"
    finally:
        print("finally, received", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
print(g.throw(ValueError("bad")))
print(g.send("c"))
g.close()
print(g.gi_frame, g.gi_running)
try: g.send(1)
except StopIteration as e: print("StopIteration", e.value)
g2 = echo()
try: g2.send("x")
except TypeError as e: print("TypeError", e)
g2.close()
def sub():
    x = yield 1
    y = yield x
    return ("sub-result", x, y)
def outer():
    r = yield from sub()
    print("outer got", r)
    r2 = yield from [10, 20]
    print("list yf returns", r2)
    return "done"
o = outer()
print(next(o), o.send("X"), o.send("Y"), next(o))
try: next(o)
except StopIteration as e: print("stop", e.value, e.args)
def g3():
    yield 1
    raise StopIteration("inner")
try: list(g3())
except RuntimeError as e: print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
def g4():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
x = g4(); next(x)
try: x.close()
except RuntimeError as e: print("RuntimeError", e)
def g5():
    try:
        yield 1
    except GeneratorExit:
        return "ret-in-close"
x = g5(); next(x); print(x.close())
def g6():
    yield 1
x = g6()
try: x.throw(KeyError("k"))
except KeyError as e: print("KeyError", e)
print(list(x))
x = g6()
try: x.throw(TypeError)
except TypeError as e: print("TypeError", repr(e))
def g7():
    print("running?", gen.gi_running)
    yield
gen = g7(); next(gen)
def g8():
    yield next(me)
me = g8()
try: next(me)
except ValueError as e: print("ValueError", e)
def delegator():
    try:
        yield from thrower()
    except ZeroDivisionError as e:
        print("delegator caught", e)
        yield "after"
def thrower():
    yield "t1"
    yield "t2"
d = delegator(); print(next(d))
print(d.throw(ZeroDivisionError("zz")))
def closer():
    try:
        yield 1
    finally:
        print("inner finalised")
def deleg2():
    yield from closer()
dd = deleg2(); next(dd); dd.close(); print("closed")
gen = (i * i for i in range(3))
print(gen.__name__, gen.__qualname__, list(gen), list(gen))
def named(): yield
print(named().__name__, named.__code__.co_name, type(named()).__name__)
it = iter(range(3))
ge = (x for x in it)
print(next(ge)); print(list(it), list(ge))
try:
    (x for x in 5)
except TypeError as e: print("TypeError", e)
lst = [1, 2]
ge = (a + b for a in lst for b in lst2)
lst2 = [10]
lst = [100]
print(list(ge))
def gr():
    return (yield)
r = gr(); next(r)
try: r.send(42)
except StopIteration as e: print("ret", e.value)
def yield_expr():
    x = yield
    print("x is", x)
    y = yield x, "pair"
    print("y is", y)
ye = yield_expr(); print(next(ye)); print(ye.send(5)); 
try: ye.send(None)
except StopIteration: print("end")
