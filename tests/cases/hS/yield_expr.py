def g():
    x = yield 1, 2
    print("x", x)
    y = yield
    print("y", y)
    z = (yield) or "default"
    print("z", z)
    w = yield from ()
    print("w", w)
    v = [(yield i) for i in range(0)]
    yield -(yield "neg")
it = g()
print(next(it))
print(it.send("sx"))
print(it.send("sy"))
print(it.send(None))
print(it.send(5))
try:
    next(it)
except StopIteration:
    print("end")
lam = lambda: (yield 10)
lg = lam()
print(type(lg).__name__, next(lg))
try:
    lg.send("lambda sent")
except StopIteration as e:
    print("lambda ret", e.value)
ge = (i for i in range(3))
print(ge.send(None), next(ge))
try:
    ge.send(1)
except StopIteration:
    print("genexp ignores send value")
ge2 = (i for i in range(3))
try:
    ge2.send(5)
except TypeError as e:
    print(e)
ge3 = (i for i in range(3))
next(ge3)
print(ge3.throw(ValueError) if False else "skip")
try:
    ge3.throw(ValueError("in genexp"))
except ValueError as e:
    print("genexp throw", e)
print(list(ge3))
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, 9 in t)
def gen_with_args(a, *args, b=2, **kw):
    yield a
    yield args
    yield b
    yield kw
print(list(gen_with_args(1, 2, 3, b=4, c=5)))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return i
        else:
            i += 1
c = counter()
print([next(c), next(c), c.send("reset"), next(c)])
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 30, fib())))
def unpack_yield():
    a, b = yield
    print(a, b)
    yield
u = unpack_yield(); next(u); u.send((1, 2))
def yield_in_args():
    print((yield 1), (yield 2))
    yield 3
y = yield_in_args()
print(next(y), y.send("A"), y.send("B"))
def yield_aug():
    total = 0
    total += yield total
    total += yield total
    yield total
ya = yield_aug()
print(next(ya), ya.send(5), ya.send(7))
def yield_in_dict():
    d = {(yield "k"): (yield "v")}
    yield d
yd = yield_in_dict()
print(next(yd), yd.send("KEY"), yd.send("VAL"))
