def inner():
    x = yield 1
    print("inner got", x)
    try:
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        y = yield "handled"
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-done"
    return "outer-result"

g = outer()
print(next(g))
print(g.send("a"))
print(g.throw(KeyError("k")))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

# close forwarding
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")

def deleg():
    try:
        yield from sub()
    finally:
        print("deleg finally")

g = deleg()
next(g)
g.close()

# throw forwarded and propagating out
def deleg2():
    try:
        yield from sub()
    except ValueError as e:
        print("deleg2 caught", e)
        yield "x"
g = deleg2()
next(g)
print(g.throw(ValueError("v")))

# yield from iterables
def flat():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    r = yield from iter([])
    print("r", r)
print(list(flat()))

# return value via StopIteration with tuple value
def rt():
    return (1, 2)
    yield
def wrap():
    v = yield from rt()
    print("v", v)
list(wrap())

# send to non-generator iterator inside yield from
def deleg3():
    yield from iter([1, 2, 3])
g = deleg3()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# gi_yieldfrom
def d4():
    yield from sub()
g = d4()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__)
g.close()

# nested delegation depth
def leaf(n):
    yield n
    return n * 10
def mid(n):
    a = yield from leaf(n)
    b = yield from leaf(n + 1)
    return a + b
def top():
    t = yield from mid(1)
    print("total", t)
print(list(top()))

# throw into delegating generator whose subiterator lacks throw
class It:
    def __iter__(self): return self
    def __next__(self): return 7
def d5():
    try:
        yield from It()
    except ZeroDivisionError:
        print("d5 caught")
g = d5()
print(next(g))
try:
    g.throw(ZeroDivisionError)
except StopIteration:
    print("stopped")

# close on subiterator without close
class It2:
    def __iter__(self): return self
    def __next__(self): return 8
def d6():
    yield from It2()
g = d6()
next(g)
g.close()
print("closed ok")
