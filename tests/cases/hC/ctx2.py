import contextlib, io, sys, os, asyncio
class Res:
    def __init__(self, name, fail_exit=False, swallow=False):
        self.name, self.fail_exit, self.swallow = name, fail_exit, swallow
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError(f"exit failed in {self.name}")
        return self.swallow
try:
    with contextlib.ExitStack() as st:
        st.enter_context(Res("a"))
        st.enter_context(Res("b", fail_exit=True))
        st.enter_context(Res("c"))
        raise ValueError("body")
except Exception as e:
    print("caught", type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
with contextlib.ExitStack() as st:
    st.enter_context(Res("swallower", swallow=True))
    st.enter_context(Res("inner"))
    raise KeyError("gone")
print("after swallow")
with contextlib.ExitStack() as st:
    st.callback(print, "cb1")
    st.push(lambda *exc: print("push saw", exc[0]))
    st2 = st.pop_all()
print("popped; now closing st2")
st2.close()
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    finally:
        print(f"</{n}>")
@tag("deco")
def f(x): print("body", x); return x * 2
print(f(3))
with tag("a") as a, tag("b") as b:
    print(a, b)
@contextlib.contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    with convert():
        1 / 0
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
@contextlib.contextmanager
def reraise():
    try:
        yield
    except Exception:
        print("saw it"); raise
try:
    with reraise():
        raise IndexError("ix")
except IndexError as e:
    print("reraised", e)
with contextlib.suppress(FileNotFoundError):
    os.remove("/nonexistent/file")
print("suppressed ok")
e = io.StringIO()
with contextlib.redirect_stderr(e):
    print("to err", file=sys.stderr)
print(repr(e.getvalue()))
cwd = os.getcwd()
# The script's own folder: the only one the sandbox is sure to have mounted.
here = os.path.dirname(os.path.abspath(__file__))
with contextlib.chdir(here):
    print(os.getcwd() == here)
print(os.getcwd() == cwd)
class Closeable:
    def close(self): print("closed!")
with contextlib.closing(Closeable()):
    print("using")
with contextlib.nullcontext() as n:
    print(n)
async def main():
    @contextlib.asynccontextmanager
    async def actx(v):
        print("aenter", v); yield v * 2; print("aexit", v)
    async with actx(5) as r:
        print("inside", r)
    async with contextlib.AsyncExitStack() as st:
        x = await st.enter_async_context(actx(1))
        st.push_async_callback(asyncio.sleep, 0)
        print("stack got", x)
asyncio.run(main())
cm = tag("reuse")
with cm: pass
try:
    with cm: pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
class Ctx(contextlib.ContextDecorator):
    def __enter__(self): print("CD enter"); return self
    def __exit__(self, *a): print("CD exit"); return False
@Ctx()
def g(): print("in g")
g()
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager), issubclass(Res, contextlib.AbstractContextManager))
