def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return f"stopped at {n}"
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)), sum(itertools.takewhile(lambda x: x < 100, fib())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x * x for x in range(3)))))
g = (i for i in range(3))
print(g.__next__(), next(g), list(g), next(g, "done"))
def gen_state():
    yield 1
gs = gen_state()
import inspect
print(inspect.getgeneratorstate(gs)); next(gs); print(inspect.getgeneratorstate(gs))
try:
    next(gs)
except StopIteration:
    pass
print(inspect.getgeneratorstate(gs))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
acc = accumulate(); next(acc)
for v in (5, 10, 20):
    print(acc.send(v), end=" ")
print()
print(type(fib()).__name__, fib().__name__, fib().__qualname__, hasattr(fib(), "__iter__"), iter(g) is g)
