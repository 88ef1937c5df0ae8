import contextlib, asyncio, sys
def t(name, f):
    try: r = f()
    except BaseException as e: r = f"!! {type(e).__name__}: {e}"
    print(f"{name:20} {r!r}")
@contextlib.contextmanager
def cm(tag, swallow=False, reraise_other=False):
    print("enter", tag)
    try:
        yield tag
    except ValueError as e:
        print("cm caught", tag, e)
        if reraise_other: raise KeyError("converted")
        if not swallow: raise
    finally:
        print("exit", tag)
def body(exc, **kw):
    with cm("x", **kw) as v:
        if exc: raise exc
        return v
t("ok", lambda: body(None))
t("value", lambda: body(ValueError("v")))
t("swallow", lambda: body(ValueError("v"), swallow=True))
t("convert", lambda: body(ValueError("v"), reraise_other=True))
t("type", lambda: body(TypeError("t"), swallow=True))
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
def use_twice():
    with twice(): pass
t("twice", use_twice)
@contextlib.contextmanager
def never():
    if False: yield
def use_never():
    with never(): pass
t("never", use_never)
@contextlib.contextmanager
def ignore_all():
    try: yield
    except Exception: pass
def use_ignore():
    with ignore_all(): raise StopIteration("si")
    return "after"
t("stopiteration", use_ignore)
def stack_demo():
    with contextlib.ExitStack() as st:
        for i in range(3):
            st.callback(print, "callback", i)
            st.enter_context(cm(f"s{i}"))
        st.push(lambda *exc: print("push sees", exc[0].__name__ if exc[0] else None))
        raise ValueError("stack")
t("exitstack", stack_demo)
def stack_pop():
    with contextlib.ExitStack() as st:
        st.callback(print, "should not run")
        new = st.pop_all()
    print("popped"); new.close(); return "done"
t("pop_all", stack_pop)
t("suppress", lambda: [None for _ in [0] if contextlib.suppress(KeyError).__enter__() is None] and (lambda: (exec("with contextlib.suppress(KeyError):\n  {}['x']\nr = 'suppressed'", globals()), r))())
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("after suppress")
with contextlib.nullcontext(5) as n: print("null", n)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): print("using")
class ACM(contextlib.AbstractContextManager):
    def __exit__(self, *a): print("acm exit", a[0]); return None
with ACM() as me: print(type(me).__name__)
class Exit:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, type(ev).__name__, tb is not None if et else None)
        return "truthy"
def swallow_by_truthy():
    with Exit(): raise OSError(2, "x")
    return "continued"
t("truthy exit", swallow_by_truthy)
class NoExit:
    def __enter__(self): return 1
t("no exit", lambda: exec("with NoExit(): pass", globals()))
class NoEnter:
    def __exit__(self, *a): pass
t("no enter", lambda: exec("with NoEnter(): pass", globals()))
t("not cm", lambda: exec("with 5: pass"))
@contextlib.asynccontextmanager
async def acm(tag):
    print("aenter", tag); yield tag; print("aexit", tag)
async def amain():
    async with acm("a") as a, acm("b") as b: print("in", a, b)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(acm("c")); st.callback(print, "sync cb"); print("got", v)
asyncio.run(amain())
def gen_cm():
    @contextlib.contextmanager
    def inner():
        try: yield
        except GeneratorExit: print("genexit?")
    with inner(): raise GeneratorExit
t("genexit", gen_cm)
import os
@contextlib.contextmanager
def decorated_cm(): print("dec enter"); yield; print("dec exit")
@decorated_cm()
def decorated(): print("in decorated"); return 3
t("cm as decorator", decorated)
t("cm reuse", lambda: (c := cm("r"), c.__enter__(), c.__exit__(None, None, None), c.__enter__()))
