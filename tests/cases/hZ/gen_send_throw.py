def g():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print("caught", e)
            x = 100
        if x is None: break
        total += x
    return total
it = g()
print(next(it), it.send(5), it.send(7), it.throw(ValueError("boom")))
try:
    it.send(None)
except StopIteration as e:
    print("stop", e.value)
it2 = g()
try:
    it2.send(1)
except TypeError as e:
    print(e)
it3 = g(); next(it3)
try:
    it3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(it3)
except StopIteration:
    print("exhausted")
def h():
    yield 1
gen = h()
try:
    gen.throw(TypeError, "msg")
except TypeError as e:
    print(e)
print(list(gen))
def running():
    me.send(None)
    yield
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
