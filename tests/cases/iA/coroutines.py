import functools


def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start


@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
print([a.send(x) for x in (10, 20, 60)])
print(a.throw(ValueError("bad data")))
print(a.send(5), a.send(7))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)


@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


@coroutine
def counter(target):
    n = 0
    while True:
        line = yield
        n += 1
        target.send(f"{n}: {line}")


@coroutine
def printer(prefix):
    try:
        while True:
            print(prefix, (yield))
    except GeneratorExit:
        print(prefix, "closing")
        raise


sink = printer(">>")
pipe = grep("py", counter(sink))
for line in ["python is fun", "rust too", "pypy is fast", "cpython", "java"]:
    pipe.send(line)
pipe.close()
sink.close()
print(pipe.gi_running, sink.gi_frame is None)


def delegator():
    result = yield from averager_plain()
    print("  delegate got", result)
    yield "after"


def averager_plain():
    total = 0
    n = 0
    while True:
        x = yield
        if x is None:
            return total / n if n else 0
        total += x
        n += 1


d = delegator()
next(d)
for v in (1, 2, 3, 4):
    d.send(v)
print(d.send(None))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


print(list(take(15, fib())), sum(take(100, fib())) % 1000000007)


def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


print(list(chunked("abcdefgh", 3)), list(chunked([], 2)))
g = (x * x for x in range(3))
print(g.send(None), next(g))
try:
    g.send(5)
    g.send(5)
except StopIteration:
    print("exhausted")
try:
    (lambda: (yield))().send(1)
except TypeError as e:
    print("TypeError:", e)


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally in generator")


gf = gen_with_finally()
print(next(gf))
gf.close()
gf.close()
print(list(gf))


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
