import types
ns = types.SimpleNamespace(a=1, b=[2])
print(ns, repr(types.SimpleNamespace()), types.SimpleNamespace, type(ns).__name__, type(ns).__qualname__, type(ns).__module__)
for f in [lambda: ns[0], lambda: ns + 1, lambda: ns.zz, lambda: len(ns), lambda: types.SimpleNamespace(1), lambda: types.SimpleNamespace({'a': 1}), lambda: hash(ns), lambda: ns < ns, lambda: iter(ns), lambda: ns(), lambda: types.SimpleNamespace(**{1: 2})]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(ns == types.SimpleNamespace(a=1, b=[2]), ns.__dict__, vars(ns))
class Sub(types.SimpleNamespace): pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1))
try: Sub(x=1)[0]
except TypeError as e: print(e)
