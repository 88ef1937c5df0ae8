import sys, types, importlib
import math as m
print(m.__name__, type(m).__name__, type(m) is types.ModuleType)
print(sys.modules["math"] is m, "__main__" in sys.modules, __name__, sys.modules[__name__].__name__)
mod = types.ModuleType("mymod", "my doc")
print(mod, mod.__name__, mod.__doc__, sorted(vars(mod)), mod.__dict__["__name__"])
mod.x = 1
def hello():
    return "hi from " + __name__
mod.hello = hello
print(mod.x, mod.hello(), sorted(k for k in dir(mod)))
sys.modules["mymod"] = mod
import mymod
print(mymod is mod, mymod.x)
from mymod import x as xx
print(xx)
del sys.modules["mymod"]
try:
    import mymod as again
except Exception as e:
    print(type(e).__name__, e)
try:
    from mymod import nope
except Exception as e:
    print(type(e).__name__, e)
try:
    mod.nope
except Exception as e:
    print(type(e).__name__, e)
try:
    del mod.nope
except Exception as e:
    print(type(e).__name__, e)
def __getattr__(name):
    if name == "lazy":
        return "lazy-value"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
mod.__getattr__ = __getattr__
print(mod.lazy, getattr(mod, "lazy"), hasattr(mod, "other"))
try:
    mod.other
except Exception as e:
    print(type(e).__name__, e)
mod.__dir__ = lambda: ["b", "a"]
print(dir(mod))
m2 = types.ModuleType("m2")
print(m2.__doc__, repr(m2), m2.__package__, m2.__loader__, m2.__spec__)
try:
    types.ModuleType()
except Exception as e:
    print(type(e).__name__, e)
try:
    types.ModuleType(5)
except Exception as e:
    print(type(e).__name__, e)
class MyModule(types.ModuleType):
    def __repr__(self):
        return f"<MyModule {self.__name__}>"
    @property
    def computed(self):
        return 42
mm = MyModule("special")
print(mm, mm.computed)
sys.modules["special"] = mm
import special
print(special.computed)
plain = types.ModuleType("plain")
plain.__class__ = MyModule
print(plain, plain.computed)
j = importlib.import_module("json")
print(j.__name__, j is sys.modules["json"], importlib.import_module("os.path").__name__ in ("posixpath", "os.path"))
try:
    importlib.import_module("no_such_module_xyz")
except Exception as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".rel")
except Exception as e:
    print(type(e).__name__, e)
c = __import__("collections")
print(c.__name__, __import__("collections.abc").__name__, __import__("collections.abc", fromlist=["x"]).__name__)
try:
    __import__("nope_zz")
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except Exception as e:
    print(type(e).__name__, e)
print(type(__builtins__).__name__ in ("module", "dict"))
import builtins
print(builtins.len is len, builtins.__name__, hasattr(builtins, "print"))
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
try:
    del len
except Exception as e:
    print(type(e).__name__, e)
builtins.myglobal = "from builtins"
print(myglobal)
del builtins.myglobal
try:
    myglobal
except Exception as e:
    print(type(e).__name__, e)
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = orig
print(abs(-1))
print(m.__dict__ is vars(m), type(m.__dict__).__name__)
try:
    m.__dict__ = {}
except Exception as e:
    print(type(e).__name__, e)
mod.__name__ = "renamed"
print(mod)
del mod.__name__
print(repr(mod)[:8])
try:
    mod.__name__
except Exception as e:
    print(type(e).__name__, e)
