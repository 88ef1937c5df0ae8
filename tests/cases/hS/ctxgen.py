from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout
import io

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("tag handled", repr(e))
    finally:
        print(f"</{name}>")

with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("swallowed")
print("continued")
try:
    with tag("c"):
        raise ValueError("passes")
except ValueError as e:
    print("outer", e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def reraise_other():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
try:
    with reraise_other():
        1 / 0
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

@contextmanager
def stopper():
    yield
try:
    with stopper():
        raise StopIteration("in body")
except StopIteration as e:
    print("StopIteration preserved", e)

@contextmanager
def gen_ignores_throw():
    try:
        yield
    except Exception:
        pass
    yield
try:
    with gen_ignores_throw():
        raise ValueError
except RuntimeError as e:
    print(e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
class Res:
    def close(self): print("closed Res")
with closing(Res()) as r:
    print(type(r).__name__)
with ExitStack() as st:
    for i in range(3):
        st.callback(print, "callback", i)
    st.enter_context(tag("stacked"))
with nullcontext(5) as n:
    print(n)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))

@tag("decorated")
def fn():
    print("fn body")
fn()
fn()

cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)
