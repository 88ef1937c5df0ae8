# robustness: builtin functions and unbound dunders with odd arguments must raise, never crash
import builtins, sys
skip = {"input", "help", "breakpoint", "exit", "quit", "open", "copyright", "credits", "license", "print", "__build_class__", "__import__", "exec", "eval", "compile", "aiter", "anext", "memoryview"}
vals = [None, 0, 1, -1, 2**70, 1.5, float("nan"), 1j, "", "ab", b"x", [], [1, 2], (), (1,), {}, {1: 2}, set(), frozenset([1]), range(3), slice(1), len, int, object()]
count = 0
for name in sorted(dir(builtins)):
    if name in skip or name.startswith("_") and name != "__build_class__":
        continue
    f = getattr(builtins, name)
    if not callable(f) or isinstance(f, type) and issubclass(f, BaseException):
        continue
    for a in [()] + [(v,) for v in vals]:
        try:
            r = f(*a)
            if name in ("iter", "reversed", "map", "filter", "zip", "enumerate"):
                try:
                    list(r)
                except Exception:
                    pass
        except Exception:
            pass
        count += 1
    small = [v for v in vals[:12] if v != 2**70]
    for v in small:
        for w in small:
            try:
                f(v, w)
            except Exception:
                pass
            count += 1
# unbound dunders with wrong self types
for t in [int, float, complex, list, tuple, dict, set, frozenset, range, slice, bool]:
    for name in dir(t):
        m = getattr(t, name, None)
        if not callable(m) or name in ("__new__", "__init_subclass__", "__subclasshook__", "__class__"):
            continue
        for v in vals[:14]:
            for extra in [(), (1,), ("x",), (None, None)]:
                try:
                    m(v, *extra)
                except Exception:
                    pass
                count += 1
print("done")
