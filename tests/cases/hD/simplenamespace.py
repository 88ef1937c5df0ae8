import types, sys
print(type(sys.implementation).__name__ in ("SimpleNamespace",), types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace.__module__)
try: types.SimpleNamespace().x
except AttributeError as e: print(e)
try: types.SimpleNamespace(1)
except TypeError as e: print(e)
try: hash(types.SimpleNamespace())
except TypeError as e: print(e)
class S(types.SimpleNamespace): pass
print(S(a=1), repr(types.SimpleNamespace), S.__mro__, types.SimpleNamespace(b=[1], a="x"))
try: S().y
except AttributeError as e: print(e)
ns = types.SimpleNamespace(x=1, y=2)
ns.z = 3; del ns.x
print(ns, vars(ns), ns == types.SimpleNamespace(y=2, z=3))
