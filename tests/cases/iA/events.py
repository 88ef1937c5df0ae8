import functools
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.log = []

    def on(self, event, *, priority=0, once=False):
        def deco(fn):
            self._handlers[event].append((priority, once, fn))
            self._handlers[event].sort(key=lambda t: -t[0])
            return fn
        return deco

    def emit(self, event, *args, **kwargs):
        results = []
        keep = []
        for prio, once, fn in self._handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
            if not once:
                keep.append((prio, once, fn))
        self._handlers[event] = keep
        return results


bus = EventBus()


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        r = fn(*a, **k)
        print(f"  {fn.__name__}({', '.join(map(repr, a))}{', ' if a and k else ''}"
              f"{', '.join(f'{x}={y!r}' for x, y in k.items())}) -> {r!r}")
        return r
    return wrapper


@bus.on("greet")
@logged
def hello(name, punct="!"):
    """Say hello."""
    return f"Hello, {name}{punct}"


@bus.on("greet", priority=10, once=True)
@logged
def first(name, **kw):
    return name.upper()


@bus.on("greet", priority=5)
def broken(name, **kw):
    return 1 / 0


print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob", punct="?"))
print(bus.emit("nothing"))
print(bus.log)
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    inc.reset = lambda: [None for _ in [0]] and None
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2(), c1.__code__.co_freevars, c1.__closure__[0].cell_contents)

adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])


def memo_method(fn):
    cache_name = "_cache_" + fn.__name__

    @functools.wraps(fn)
    def w(self, *args):
        cache = self.__dict__.setdefault(cache_name, {})
        if args not in cache:
            cache[args] = fn(self, *args)
        return cache[args]
    return w


class Calc:
    calls = 0

    @memo_method
    def slow(self, n):
        Calc.calls += 1
        return n ** 2


cc = Calc()
print(cc.slow(3), cc.slow(3), cc.slow(4), Calc.calls, sorted(vars(cc)))


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def w(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return w
    return deco


state = {"n": 0}


@retry(3, (ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"


print(flaky())
state["n"] = -10
try:
    flaky()
except RuntimeError as e:
    print(type(e).__name__, e)


@retry(2, (KeyError,))
def wrong():
    raise TypeError("not retried")


try:
    wrong()
except TypeError as e:
    print("TypeError", e)

p = functools.partial(hello.__wrapped__, punct="...")
print(p("zed"), p.func.__name__, p.keywords, p.args)
p2 = functools.partial(p, "yo")
print(p2(), p2(punct="?"))


class Registry:
    def __init__(self):
        self.items = {}

    def __call__(self, name=None):
        if callable(name):
            self.items[name.__name__] = name
            return name

        def deco(fn):
            self.items[name or fn.__name__] = fn
            return fn
        return deco


reg = Registry()


@reg
def alpha(): return "a"


@reg("B")
def beta(): return "b"


@reg()
def gamma(): return "g"


print({k: v() for k, v in reg.items.items()})
dispatch = functools.singledispatch(lambda x: f"obj {x!r}")
dispatch.register(int, lambda x: f"int {x}")
dispatch.register(list, lambda x: f"list of {len(x)}")
print(dispatch(1), dispatch(True), dispatch([1, 2]), dispatch("s"), dispatch(2.5))
