import warnings, functools, operator, contextlib, io, sys
def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x
def risky():
    warnings.warn("this is risky")
    warnings.warn("this is risky")
    warnings.warn(RuntimeWarning("runtime thing"))
old_api(1)
warnings.simplefilter("always", DeprecationWarning)
old_api(2)
for i in range(2): risky()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    risky()
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try: risky()
    except UserWarning as e: print("as error:", e)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
ps = [P("x", 3), P("y", 1), P("z", 3)]
print(sorted(ps, key=operator.attrgetter("a"), reverse=True), operator.methodcaller("upper")("abc"))
def cmp(a, b): return (a > b) - (a < b) if a % 2 == b % 2 else (a % 2) - (b % 2)
print(sorted(range(10), key=functools.cmp_to_key(cmp)))
@functools.singledispatch
def show(x): return f"object {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list of " + ", ".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a", 2.0]), show(True))
class C:
    @functools.cached_property
    def heavy(self): print("computing heavy"); return 42
c = C(); print(c.heavy, c.heavy, c.__dict__)
with contextlib.suppress(KeyError, ValueError): {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("hidden"); help_ = 1
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    for n in "abc": st.callback(print, "exit", n)
    print("in stack")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try: yield name.upper()
    except ZeroDivisionError: print("handled in cm")
    finally: print(f"</{name}>")
with tag("p") as t, tag("b"): print(t)
with tag("div"): 1 / 0
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return et is KeyError
with Res(): raise KeyError("k")
print(file=sys.stderr)
print("to stderr", 1, 2, sep="|", file=sys.stderr)
with Res(): raise ValueError("not suppressed")
