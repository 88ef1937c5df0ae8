print("== 0")
import functools
def coroutine(fn):
    @functools.wraps(fn)
    def start(*a, **k):
        c = fn(*a, **k)
        next(c)
        return c
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            line = yield
            print(prefix, line)
    except GeneratorExit:
        print(prefix, "closing")
@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()
@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()
b = broadcast([grep("py", printer("A:")), grep("rs", printer("B:"))])
for line in ["python", "rust rs", "pyrs", "none"]:
    b.send(line)
b.close()
print(printer.__name__, printer.__wrapped__.__name__)
print("== 1")
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __iter__(self):
        return self.walk()
    def walk(self, depth=0):
        yield depth, self.v
        for c in self.children:
            yield from c.walk(depth + 1)
    @staticmethod
    def sgen(n):
        yield from range(n)
    @classmethod
    def cgen(cls):
        yield cls.__name__
    @property
    def pgen(self):
        return (c.v for c in self.children)
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(t), list(Node.sgen(3)), list(Node.cgen()), list(t.pgen))
print(["  " * d + str(v) for d, v in t])
print("== 2")
def memo_gen(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = list(fn(n))
        yield from cache[n]
    wrapper.cache = cache
    return wrapper
@memo_gen
def squares(n):
    print("computing", n)
    for i in range(n):
        yield i * i
print(list(squares(3)), list(squares(3)), squares.cache)
print("== 3")
def trace(fn):
    depth = [0]
    def w(*a):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        try:
            r = fn(*a)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return w
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)
print("== 4")
class Registry:
    handlers = {}
    @classmethod
    def register(cls, *names):
        def deco(fn):
            for n in names:
                cls.handlers[n] = fn
            return fn
        return deco
@Registry.register("a", "b")
def handle_ab(x): return f"ab:{x}"
@Registry.register("c")
def handle_c(x): return f"c:{x}"
print(sorted((k, v("x")) for k, v in Registry.handlers.items()))
print("== 5")
def deco_factory(cls_arg):
    def deco(cls):
        cls.tag = cls_arg
        orig = cls.__repr__
        cls.__repr__ = lambda self: f"<{cls_arg} {orig(self)}>"
        return cls
    return deco
@deco_factory("T")
class P:
    def __repr__(self): return "P"
print(repr(P()), P.tag)
print("== 6")
import functools
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return w
    return deco
calls = iter([ValueError("a"), ValueError("b"), "ok"])
@retry(3)
def flaky():
    v = next(calls)
    if isinstance(v, Exception):
        raise v
    return v
print(flaky())
calls = iter([ValueError("x")] * 3)
try:
    flaky()
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

