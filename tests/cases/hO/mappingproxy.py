import types, builtins
class K:
    a = 1
    def m(self): pass
mp = K.__dict__
print(type(mp).__name__, type(mp) is types.MappingProxyType, "a" in mp, mp["a"], mp.get("zz", "dflt"))
print(sorted(k for k in mp if not k.startswith("__")), len(mp) >= 4)
try:
    mp["a"] = 2
except TypeError as e:
    print(e)
try:
    del mp["a"]
except TypeError as e:
    print(e)
try:
    mp.pop("a")
except AttributeError as e:
    print(e)
p = types.MappingProxyType({"x": 1, "y": 2})
print(p, repr(p), str(p), len(p), list(p), list(p.items()), list(p.values()), list(reversed(p)))
print(p | {"z": 3}, {"w": 0} | p, p | p, type(p | {}).__name__)
try:
    p |= {"q": 1}
except TypeError as e:
    print(e)
try:
    p | [1]
except TypeError as e:
    print(e)
print(p == {"x": 1, "y": 2}, p.copy(), type(p.copy()).__name__)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(e)
try:
    types.MappingProxyType()
except TypeError as e:
    print(e)
d = {"live": 1}
lp = types.MappingProxyType(d)
d["new"] = 2
print(lp, "new" in lp)
def f():
    pass
print(f.__builtins__ is builtins.__dict__, f.__globals__ is globals())
g = {}
exec("def h(): return len", g)
print(g["h"].__builtins__ is builtins.__dict__, g["h"]() is len)
g2 = {"__builtins__": {"len": "fake-len"}}
exec("def h2(): return len", g2)
print(g2["h2"].__builtins__, g2["h2"]())
print(f.__code__.co_stacksize > 0, type(f.__code__.co_stacksize).__name__)
for name in ("co_name", "co_consts", "co_varnames"):
    try:
        setattr(f.__code__, name, 1)
    except AttributeError as e:
        print(name, e)
import types as t2
mod = t2.ModuleType("m")
try:
    mod.__dict__ = {}
except AttributeError as e:
    print(e)
