# yield from an already running generator
def gen():
    yield from g
g = gen()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)

# yield from a stopped generator
def sub():
    yield 1
s = sub()
list(s)
def d():
    r = yield from s
    print("r", r)
    yield 2
print(list(d()))

# throw into yield from whose sub catches and returns
def sub2():
    try:
        yield 1
    except ValueError:
        return "handled"
def d2():
    v = yield from sub2()
    print("v", v)
    yield "after"
g2 = d2()
next(g2)
print(g2.throw(ValueError))

# throw into yield from where sub re-raises different exc
def sub3():
    try:
        yield 1
    except ValueError:
        raise TypeError("conv")
def d3():
    try:
        yield from sub3()
    except TypeError as e:
        print("d3 caught", e, repr(e.__context__))
        yield "recovered"
g3 = d3()
next(g3)
print(g3.throw(ValueError("orig")))

# close propagates through chain
def level(n):
    try:
        if n:
            yield from level(n - 1)
        else:
            yield "bottom"
    finally:
        print("close level", n)
c = level(3)
print(next(c))
c.close()

# gi_yieldfrom chain
c = level(2)
next(c)
x = c
depth = 0
while x is not None:
    depth += 1
    x = x.gi_yieldfrom
print("depth", depth)

# yield from with send through two levels
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def mid():
    r = yield from acc()
    return r * 10
def top():
    r = yield from mid()
    yield ("final", r)
t = top()
print(next(t), t.send(1), t.send(2), t.send(None))

# yield from a generator that raises StopIteration explicitly -> RuntimeError
def bad():
    yield 1
    raise StopIteration("explicit")
def wrap():
    try:
        yield from bad()
    except RuntimeError as e:
        print("wrap got", e)
        yield "ok"
print(list(wrap()))

# yield from iterator whose __next__ raises
class Boom:
    def __iter__(self): return self
    def __next__(self): raise ArithmeticError("boom")
def wb():
    try:
        yield from Boom()
    except ArithmeticError as e:
        yield str(e)
print(list(wb()))

# yield from with an iterator that has throw returning value then stopping
class T2:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration(self.n)
        return self.n
    def throw(self, exc):
        raise StopIteration("from throw")
def wt():
    r = yield from T2()
    yield ("ret", r)
w = wt()
print(next(w), w.throw(KeyError), list(w))

# yield from with GeneratorExit in sub not catching
def subnoclose():
    while True:
        try:
            yield
        except GeneratorExit:
            print("sub saw GeneratorExit")
            return "ret-on-exit"
def dnc():
    r = yield from subnoclose()
    print("never", r)
    yield
g = dnc()
next(g)
g.close()
print("closed ok")
# yield from None
def yn():
    yield from None
try:
    list(yn())
except TypeError as e:
    print(e)
