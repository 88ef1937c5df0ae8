def stopper(x):
    if x == 2:
        raise StopIteration("inner")
    return x
print(list(map(stopper, [1, 2, 3])))
def g():
    yield 1
    raise StopIteration("gen")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def side(n):
    print("side", n)
    return n
print(any(side(i) for i in [0, 1, 2]), all(side(i) for i in [1, 0, 2]))
def bad_iter():
    yield 1
    raise ValueError("boom")
for f in [lambda: list(zip([1, 2], bad_iter())), lambda: list(zip(bad_iter(), [])), lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 1)), lambda: min([1, 2], key=lambda x: {}[x]), lambda: list(filter(lambda x: 1 / x, [1, 0])), lambda: sum(bad_iter()), lambda: dict(bad_iter()), lambda: set(bad_iter()), lambda: "".join(bad_iter()), lambda: tuple(bad_iter()), lambda: max(bad_iter()), lambda: [*bad_iter()], lambda: list(enumerate(bad_iter()))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], iter([4]))
print(list(z), list(z))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)), list(it))
it2 = iter(range(5))
print(list(zip(it2, "ab")), next(it2))
m = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m))
e = enumerate("abc"); next(e); print(list(e))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(3)), sum(CountDown(4)), max(CountDown(5)), sorted(CountDown(3)), list(zip(CountDown(2), CountDown(5))), dict(enumerate(CountDown(2))))
def gen_ret():
    yield 1
    return "retval"
gr = gen_ret(); next(gr)
try:
    next(gr)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def gsend():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
gs = gsend(); print(next(gs), gs.send(5))
try:
    gs.send(7)
except StopIteration:
    print("stopped")
try:
    gsend().send(1)
except TypeError as e:
    print("TypeError", e)
gt = gsend(); next(gt)
try:
    gt.throw(ValueError("thrown"))
except ValueError as e:
    print("ValueError", e)
gc = gsend(); next(gc); print(gc.close(), gc.gi_frame is None, gc.gi_running)
