import sys, types
mod = types.ModuleType("dyn", "doc of dyn")
print(mod.__name__, mod.__doc__, repr(mod))
def mgetattr(name):
    if name.startswith("auto_"):
        return name[5:]
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")
mod.__getattr__ = mgetattr
mod.__dir__ = lambda: ["z", "a", "m"]
print(mod.auto_hello)
try:
    mod.other
except AttributeError as e:
    print(e)
print(dir(mod))
print(getattr(mod, "auto_x", None), getattr(mod, "nope", "dflt"), hasattr(mod, "auto_q"))
sys.modules["dyn"] = mod
from dyn import auto_imported
print(auto_imported)
try:
    from dyn import missing_thing
except ImportError as e:
    print(type(e).__name__, e)
del mod.__getattr__
try:
    mod.auto_hello
except AttributeError as e:
    print(e)
m2 = types.ModuleType("m2")
print(sorted(dir(m2)))
m2.x = 1
print(sorted(vars(m2)))
try:
    types.ModuleType()
except Exception as e:
    print(type(e).__name__, e)
try:
    types.ModuleType(5)
except Exception as e:
    print(type(e).__name__, e)

class D:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(D()))
class DT:
    def __dir__(self):
        return ("b", "a")
print(dir(DT()))
class DBad:
    def __dir__(self):
        return 5
try:
    dir(DBad())
except Exception as e:
    print(type(e).__name__, e)
class DNonStr:
    def __dir__(self):
        return [1, "a"]
try:
    print(dir(DNonStr()))
except Exception as e:
    print(type(e).__name__, e)
class Plain:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
p = Plain()
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Plain) if not n.startswith("__")])
class Meta(type):
    def __dir__(cls):
        return ["custom_meta_dir"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta))
print("x" in dir(WithMeta()))
print(object.__dir__(p)[:0], sorted(object.__dir__(p)) == dir(p))
try:
    dir(1, 2)
except Exception as e:
    print(type(e).__name__, e)
