class Duck:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n * 10)
        return self.n
    def send(self, v):
        print("duck send", v)
        return self.__next__()
    def throw(self, *a):
        print("duck throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return "thrown-val"
    def close(self):
        print("duck close")
def deleg():
    r = yield from Duck()
    print("deleg got", r)
    return r
g = deleg(); print(next(g), g.send(None), g.send("x"), g.throw(ValueError), next(g, "end"))
g = deleg(); next(g); g.close(); print("closed")
class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    yield from NoSend()
g = d2(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
def sub():
    try:
        yield 1
    except KeyError:
        print("sub caught KeyError")
        yield "after-key"
    return "subret"
def main():
    v = yield from sub()
    yield ("main", v)
g = main(); print(next(g), g.throw(KeyError), next(g), next(g, "done"))
def stopped():
    return 5
    yield
def uses_stopped():
    x = yield from stopped()
    yield x
print(list(uses_stopped()))
def genret():
    yield 1
    return [1, 2]
g = genret(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
def pep479():
    yield 1
    next(iter([]))
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def named(): yield
g = named(); print(g.__name__, g.__qualname__, type(g).__name__)
g.__name__ = "renamed"; print(g.__name__)
def closure_gen(n):
    def inner():
        for i in range(n):
            yield i * n
    return inner
print(list(closure_gen(3)()))
def y_from_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
    yield from {3: 0}
print(list(y_from_list()))
def gen_exc():
    try:
        yield 1
    finally:
        print("cleanup")
for v in gen_exc():
    print(v)
    break
print("after break")
def raiser():
    yield 1
    raise ValueError("from gen")
try:
    for x in raiser(): print(x)
except ValueError as e:
    print("ValueError", e)
def send_first():
    x = yield
    print("x", x)
g = send_first(); g.send(None)
try:
    g.send(7)
except StopIteration:
    print("stop after send")
def throw_new():
    try:
        yield
    except ValueError:
        raise TypeError("converted")
g = throw_new(); next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print("TypeError", e, repr(e.__context__))
g = (x for x in range(3))
print(g.gi_running, g.gi_code.co_name, list(g))
def ge():
    yield
g = ge()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted after throw"))
def recurse_gen():
    yield from g2
g2 = recurse_gen()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
