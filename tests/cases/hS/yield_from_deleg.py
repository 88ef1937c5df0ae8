class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("iter-done")
        self.n -= 1
        return self.n

def deleg():
    r = yield from It(3)
    print("It returned", repr(r))
    r = yield from [10, 20]
    print("list returned", r)
    r = yield from sub()
    print("sub returned", r)
    return "outer"

def sub():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("sub caught", e)
            continue
        if x is None:
            return total
        total += x

g = deleg()
print(next(g), next(g), next(g), next(g), next(g))
print(next(g))
print(g.send(5))
print(g.send(6))
print(g.throw(KeyError("kk")))
print(g.gi_yieldfrom is not None, type(g.gi_yieldfrom).__name__)
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

# send non-None to non-generator iterator
def d2():
    yield from It(3)
g = d2()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print(type(e).__name__, e)

# throw to iterator without throw
g = d2()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", e)

# close delegates
class Closable:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("Closable.close")
def d3():
    try:
        yield from Closable()
    finally:
        print("d3 finally")
g = d3()
next(g)
g.close()

# throw delegating to object with throw
class Thrower:
    def __iter__(self): return self
    def __next__(self): return "n"
    def throw(self, *a):
        print("Thrower.throw", [type(x).__name__ for x in a])
        return "thrown"
    def send(self, v):
        print("Thrower.send", v)
        return "sent"
def d4():
    r = yield from Thrower()
g = d4()
print(next(g))
print(g.send(3))
print(g.throw(IndexError("i")))
print(next(g))

# yield from return value via StopIteration
def rv():
    yield 1
    return [1, 2]
def d5():
    x = yield from rv()
    y = yield from rv()
    return x + y
g = d5()
print(list(g))
g = d5()
for _ in g: pass
try:
    next(g)
except StopIteration as e:
    print(e.value)
def d6():
    return (yield from d5())
gen = d6()
while True:
    try:
        next(gen)
    except StopIteration as e:
        print("d6", e.value); break

# yield from a non-iterable
def d7():
    yield from 5
try:
    next(d7())
except TypeError as e:
    print(e)
# stop iteration with tuple value
def d8():
    return (1, 2)
    yield
try:
    next(d8())
except StopIteration as e:
    print(e.value, e.args)
def d9():
    return StopIteration(1)
    yield
try:
    next(d9())
except StopIteration as e:
    print(repr(e.value), e.args)
