# robustness: every method of the builtin types called with odd arguments must raise, never crash
import sys
types_ = [int, bool, float, complex, list, tuple, dict, set, frozenset, range, slice,
          type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter(())),
          type(iter(range(3))), type(iter({})), type(iter(set())), type(reversed([])),
          enumerate, zip, map, filter, reversed, type(iter(lambda: 1, 2)), type(type.__dict__)]
argsets = [(), (None,), (1,), ("x",), ([],), (1, 2), (None, None, None), (2**70,), (-1,), (1.5,), ((),), ({},)]
count = 0
for t in types_:
    for name in sorted(dir(t)):
        if name in ("__class__", "__init_subclass__", "__subclasshook__", "__new__", "__getattribute__", "__setattr__", "__delattr__", "__init__", "__reduce_ex__", "__reduce__", "__dir__", "__format__", "__sizeof__", "__getstate__"):
            continue
        try:
            m = getattr(t, name)
        except Exception:
            continue
        if not callable(m):
            continue
        for a in argsets:
            try:
                m(*a)
            except Exception:
                pass
            count += 1
print("done")
