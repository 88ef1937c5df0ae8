class Sub:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v):
        self.log.append(("send", v))
        if v == "stop": raise StopIteration("sub done")
        return v
    def throw(self, *a):
        self.log.append(("throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__))
        return "thrown-handled"
    def close(self):
        self.log.append(("close",))
s = Sub()
def deleg():
    r = yield from s
    print("deleg got", r)
    yield "after"
g = deleg()
print(next(g), g.send("x"), g.throw(ValueError), g.send("stop"))
print(s.log)
s2 = Sub()
def deleg2():
    yield from s2
g = deleg2(); next(g); g.close(); print(s2.log)
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 7
def deleg3():
    yield from NoThrow()
g = deleg3(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
    finally:
        print("inner finally")
def outer():
    try:
        res = yield from inner()
    finally:
        print("outer finally")
g = outer()
print(next(g), g.throw(ValueError("v")))
g.close()
print("--")
def g_ret():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return "ignored"
x = g_ret(); next(x); print(x.close())
def gen_exc_ctx():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield "yielded in except"
        raise ValueError("after yield")
g = gen_exc_ctx()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__))
def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except TypeError:
            received.append("T")
        else:
            if v is None: return received
            received.append(v)
e = echo(); next(e)
print(e.send("a"), e.throw(TypeError), e.send("b"))
try:
    e.send(None)
except StopIteration as si:
    print("returned", si.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda v: v < 30, fib())))
gen = (i * i for i in range(5))
print(3 in gen, list(gen))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], range(2), {"k": 1})))
def tree(d):
    for k, v in d.items():
        if isinstance(v, dict):
            for path in tree(v):
                yield (k,) + path
        else:
            yield (k, v)
print(list(tree({"a": {"b": 1, "c": {"d": 2}}, "e": 3})))
g = (x for x in [1])
print(g.gi_code.co_name, type(g.gi_frame).__name__)
def lazy():
    print("started")
    yield
g = lazy(); print("created"); next(g)
def early_return(n):
    if n: return
    yield 1
print(list(early_return(1)), list(early_return(0)))
