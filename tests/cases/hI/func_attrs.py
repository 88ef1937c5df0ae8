import functools
def f(a, b=2, *args, c, d=4, **kw):
    "f docstring"
    x = 1
    return a, b, args, c, d, kw
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_name, bool(co.co_flags & 4), bool(co.co_flags & 8))
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1))
f.__defaults__ = None
try: f(1)
except TypeError as e: print("TypeError", e)
try: f.__defaults__ = [1]
except TypeError as e: print("TypeError", e)
f.__name__ = "renamed"; f.__qualname__ = "Q.renamed"; f.__doc__ = None
print(f.__name__, f.__qualname__, f.__doc__, repr(f).split(" at ")[0])
def g(): return "g"
def h(): return "h"
g.__code__ = h.__code__; print(g())
def cl(): 
    v = 1
    def inner(): return v
    return inner
try: g.__code__ = cl().__code__
except ValueError as e: print("ValueError", e)
print(f.__globals__ is globals(), type(f.__builtins__).__name__ if hasattr(f, "__builtins__") else "")
f.custom = [1]; print(f.__dict__, vars(f))
try: f.__dict__ = 1
except TypeError as e: print("TypeError", e)
def no_doc(): pass
def doc_not_first():
    x = 1
    "not a docstring"
print(no_doc.__doc__, doc_not_first.__doc__, (lambda: 0).__doc__, (lambda: 0).__name__)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def target(x):
    "target doc"
    return x * 2
print(target(3), target.__name__, target.__doc__, target.__wrapped__(3), target.__qualname__)
def repeat(n):
    def decorator(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        wrapper.n = n
        return wrapper
    return decorator
@repeat(3)
def one(): return 1
print(one(), one.n, one.__name__)
def trace(fn):
    print("decorating", fn.__name__)
    return fn
@trace
@repeat(2)
@trace
def two(): return 2
print(two())
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return ("called", a, k)
c = Callable()
print(c(1, x=2), c.calls, callable(c), callable(Callable), callable(1), callable(print), callable(lambda: 0))
class NotCallable:
    pass
try: NotCallable()()
except TypeError as e: print("TypeError", e)
try: (1)()
except TypeError as e: print("TypeError", e)
try: None()
except TypeError as e: print("TypeError", e)
try: "str"()
except TypeError as e: print("TypeError", e)
class CallAttr: pass
ca = CallAttr(); ca.__call__ = lambda: "instance call"
try: ca()
except TypeError as e: print("TypeError", e)
p = functools.partial(f.__class__, None) if False else functools.partial(lambda a, b, c=0: (a, b, c), 1, c=5)
print(p(2), p(2, c=9), p.func.__name__, p.args, p.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print("TypeError", e)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), Ver(1) != Ver(1))
class CP:
    @functools.cached_property
    def val(self):
        print("computing"); return 42
cp = CP(); print(cp.val, cp.val, cp.__dict__)
@functools.singledispatch
def show(x): return "generic"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
def counter_attr():
    counter_attr.count += 1
    return counter_attr.count
counter_attr.count = 0
counter_attr(); counter_attr(); print(counter_attr.count)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(c.__call__).__name__, type(Callable.__call__).__name__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
