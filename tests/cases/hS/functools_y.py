import functools

class Calc:
    @functools.singledispatchmethod
    def add(self, a):
        raise NotImplementedError(f"cannot add {type(a).__name__}")
    @add.register
    def _(self, a: int):
        return a + 1
    @add.register(str)
    def _(self, a):
        return a + "!"
    @functools.singledispatchmethod
    @classmethod
    def kind(cls, a):
        return "generic"
    @kind.register
    @classmethod
    def _(cls, a: list):
        return "list"
c = Calc()
print(c.add(1), c.add("hi"), Calc.kind([]), Calc.kind(1))
try:
    c.add(1.5)
except NotImplementedError as e:
    print(e)

@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info())

class Memo:
    def __init__(self): self.calls = 0
    @functools.lru_cache(maxsize=None)
    def compute(self, x):
        self.calls += 1
        return x * 2
m = Memo()
print(m.compute(2), m.compute(2), m.calls, Memo.compute.cache_info().hits)

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def src(): "doc"
class Callable:
    def __call__(self): pass
w = functools.update_wrapper(Callable(), src)
print(w.__name__, w.__doc__, w.__wrapped__ is src)
w2 = functools.wraps(src, assigned=("__doc__",), updated=())(lambda: 0)
print(w2.__name__, w2.__doc__)

buttons = [type("B", (), {"deco": staticmethod(lambda f: (print("decorating", f.__name__), f)[1])})()]
@buttons[0].deco
def clicked(): return "clicked"
print(clicked())
@(lambda f: f)
def ident(): return "ident"
print(ident())

def repeat(n):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a, **kw):
            return [f(*a, **kw) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name="x"):
    return f"hi {name}"
print(greet(), greet(name="y"), greet.__wrapped__())

def count_calls(cls):
    orig = cls.__init__
    cls.count = 0
    @functools.wraps(orig)
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_calls
class Thing:
    def __init__(self, v): self.v = v
Thing(1); Thing(2)
print(Thing.count, Thing.__init__.__name__, Thing.__init__.__qualname__)

p = functools.partial(print, "a", sep="-")
p("b", "c")
print(functools.partial(p, "z").args)
class Pm:
    def f(self, a, b): return a, b
    g = functools.partialmethod(f, b=2)
print(Pm().g(1), Pm.g.__name__)
try:
    functools.reduce(lambda a, b: a, [1], initial=0)
except TypeError as e:
    print(e)
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]))
print(functools.reduce(pow, [2, 3, 2]))
import operator
print(functools.reduce(operator.add, ["a", "b"], "start:"))
@functools.total_ordering
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p == o.p
    def __gt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p > o.p
print(Ver(1, 2) < Ver(1, 3), Ver(2) <= Ver(2), Ver(1) >= Ver(0, 9))
try:
    Ver(1) < 5
except TypeError as e:
    print(e)
