import math, itertools, functools, operator, collections
cands = [abs, all, any, ascii, bin, callable, chr, delattr, dir, divmod, format, getattr, globals, hasattr, hash, hex, id, isinstance, issubclass, iter, len, locals, max, min, next, oct, ord, pow, repr, round, setattr, sorted, sum, vars,
         bool, bytearray, bytes, complex, dict, enumerate, filter, float, frozenset, int, list, map, memoryview, object, property, range, reversed, set, slice, staticmethod, classmethod, str, super, tuple, type, zip,
         math.sqrt, math.floor, math.log, math.gcd, itertools.count, itertools.chain, itertools.repeat, functools.reduce, operator.add, collections.deque, [].append, {}.get, "".split, "".join, (1).to_bytes]
for c in cands:
    for args, kw in [((), {"zzz": 1}), ((1,) * 6, {})]:
        try:
            c(*args, **kw)
            print(getattr(c, "__name__", c), "ok")
        except Exception as e:
            print(getattr(c, "__name__", c), type(e).__name__, e)
