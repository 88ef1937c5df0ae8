from contextlib import contextmanager, ExitStack, closing, nullcontext, redirect_stdout, suppress, AbstractContextManager
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled inside", e)
    finally:
        print(f"</{name}>")
with tag("a") as v:
    print("body", v)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("outer got", e)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("inside stack")
class Res:
    def close(self): print("closed")
with closing(Res()):
    print("using")
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with suppress(KeyError):
    {}["x"]
print(issubclass(type(tag("z")), AbstractContextManager))
@tag("deco")
def decorated(): print("in decorated")
decorated()
with ExitStack() as st:
    st.push(lambda *exc: print("push exit", exc[0].__name__) or True)
    raise IndexError
print("done")
