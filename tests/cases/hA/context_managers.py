import contextlib, io, sys
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b") as u:
    print(t, u)
with tag("c"):
    raise ValueError("inside")
print("continues")
try:
    with tag("d"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
with contextlib.ExitStack() as stack:
    stack.push(lambda *a: print("push exit", a[0].__name__ if a[0] else None) or True)
    raise TypeError("t")
print("after")
class Closable:
    def close(self): print("closed")
with contextlib.closing(Closable()) as c:
    print(type(c).__name__)
with contextlib.nullcontext(42) as v:
    print(v)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n); return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, v)
        return self.n == 2
with CM(1) as a, CM(2) as b:
    raise ValueError("x")
print("done")
with (CM(3) as a,
      CM(4) as b,):
    print(a, b)
try:
    with CM(5):
        raise IndexError("i")
except IndexError:
    print("got IndexError")
class NotCM: pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): pass
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(e)
@contextlib.contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
try:
    with reraiser():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__cause__))
class Dec(contextlib.ContextDecorator):
    def __enter__(self): print("dec enter"); return self
    def __exit__(self, *a): print("dec exit"); return False
@Dec()
def decorated(x): print("in decorated", x); return x
print(decorated(3))
@tag("fn")
def tagged(): print("body")
tagged()
def gen_in_with():
    with CM(9):
        yield 1
        yield 2
g = gen_in_with(); print(next(g)); g.close()
print(sys.exc_info())
async def acm_test():
    @contextlib.asynccontextmanager
    async def actx():
        print("a-enter"); yield "av"; print("a-exit")
    async with actx() as v:
        print(v)
import asyncio
asyncio.run(acm_test())
with contextlib.suppress():
    pass
s = contextlib.ExitStack()
s.callback(print, "deferred")
s2 = s.pop_all()
s.close(); print("s closed"); s2.close()
