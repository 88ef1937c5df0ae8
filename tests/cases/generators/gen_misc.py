import types

# lambda generators and generator expressions with conditions
f = lambda: (yield 5)
gen = f()
print(next(gen))
try:
    gen.send("x")
except StopIteration as e:
    print("lambda returned", e.value)

print(list(x * y for x in range(3) if x for y in range(3) if y > x))

# yield as expression in various places
def exprs():
    a = [(yield 1), (yield 2)]
    print("a =", a)
    b = (yield) or "default"
    print("b =", b)
e = exprs()
next(e); e.send("first"); e.send("second")
try:
    e.send(None)
except StopIteration:
    print("done")

# generator methods: types
def gg():
    yield
print(type(gg()) is types.GeneratorType, types.GeneratorType.__name__)
print(hasattr(gg(), "__next__"), hasattr(gg(), "send"))

# generator with closure over loop variable
def make():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return [next(x) for x in gens]
print(make())

# yield inside with
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
def withgen():
    with CM():
        yield 1
        yield 2
w = withgen()
print(next(w))
w.close()
w = withgen()
next(w)
try:
    w.throw(ValueError("in with"))
except ValueError as e:
    print("propagated", e)

# generator repr
def named():
    yield
r = repr(named())
print(r.startswith("<generator object named at 0x"))
async def co():
    pass
c = co()
print(repr(c).startswith("<coroutine object co at 0x"))
c.close()

# yield from a generator that was already started
def inner():
    yield "i1"
    yield "i2"
def outer(it):
    yield from it
i = inner()
next(i)
print(list(outer(i)))

# StopIteration raised inside yield from's subiterator __next__ ends delegation
class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("retval")
def deleg():
    r = yield from Stopper()
    yield r
print(list(deleg()))

# generator .throw with traceback argument
def t():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
try:
    raise TypeError("x")
except TypeError as err:
    tb = err.__traceback__
g = t(); next(g)
print(g.throw(TypeError, TypeError("y"), tb))
