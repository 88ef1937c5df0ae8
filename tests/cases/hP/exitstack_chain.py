import contextlib

def show(e, depth=0):
    while e is not None:
        print("  " * depth + f"{type(e).__name__}: {e}", "(cause)" if e.__cause__ else "")
        e = e.__context__
        depth += 1

def raiser(exc):
    def cb():
        raise exc
    return cb

try:
    with contextlib.ExitStack() as st:
        st.callback(raiser(ValueError("first registered")))
        st.callback(raiser(KeyError("second registered")))
        st.callback(raiser(IndexError("third registered")))
        raise TypeError("body")
except Exception as e:
    show(e)

try:
    with contextlib.ExitStack() as st:
        st.callback(raiser(ValueError("cb")))
except Exception as e:
    show(e)

class Tracked:
    def __init__(self, name, log, suppress=False):
        self.name, self.log, self.suppress = name, log, suppress
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

log = []
with contextlib.ExitStack() as st:
    names = [st.enter_context(Tracked(n, log, suppress=(n == "b"))) for n in "abc"]
    log.append(names)
    raise RuntimeError("suppressed by b")
print(log)

try:
    with contextlib.ExitStack() as st:
        st.enter_context(5)
except TypeError as e:
    print("TypeError", e)

class Res:
    def close(self):
        print("Res closed")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)
with contextlib.nullcontext("value") as v:
    print(v)

@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback {type(e).__name__}")
        raise
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise ValueError("fail")
except ValueError as e:
    log.append("outer saw " + str(e))
print(log)

@contextlib.contextmanager
def swallow_stopiter():
    try:
        yield
    except StopIteration:
        print("cm saw StopIteration")
try:
    with swallow_stopiter():
        raise StopIteration("si")
    print("swallowed")
except Exception as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def reraise_different():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e
try:
    with reraise_different():
        {}["nokey"]
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

cm = transaction([])
cm.__enter__()
print(cm.__exit__(None, None, None))
try:
    cm.__enter__()
except Exception as e:
    print(type(e).__name__, e)

with contextlib.suppress(ZeroDivisionError) as s:
    print("suppress as", s)
    1 / 0
@contextlib.contextmanager
def once():
    yield
c = once()
with c:
    pass
try:
    with c:
        pass
except (RuntimeError, AttributeError) as e:
    print("reuse fails:", type(e).__name__)
class Both(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter"); return self
    def __exit__(self, *exc):
        print("deco exit", exc[0].__name__ if exc[0] else None); return False
@Both()
def decorated(x):
    return 10 // x
print(decorated(2))
try:
    decorated(0)
except ZeroDivisionError as e:
    print("deco propagated", e)
