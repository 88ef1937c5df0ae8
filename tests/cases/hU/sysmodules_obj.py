import sys, types
class Fake:
    x = 1
    def __getattr__(self, name):
        if name == "__path__":
            raise AttributeError(name)
        return f"dyn-{name}"
sys.modules["fakemod"] = Fake()
import fakemod
print(type(fakemod).__name__, fakemod.x, fakemod.anything)
from fakemod import x, other
print(x, other)
class Strict:
    __slots__ = ()
sys.modules["strictmod"] = Strict()
try:
    from strictmod import nothing
except ImportError as e:
    print(type(e).__name__, e)
sys.modules["nonemod"] = None
try:
    import nonemod
except ImportError as e:
    print(type(e).__name__, e)
try:
    from nonemod import a
except ImportError as e:
    print(type(e).__name__, e)
class ModSub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return name * 2
    @property
    def computed(self):
        return "computed!"
m = ModSub("modsub")
sys.modules["modsub"] = m
import modsub
print(modsub.ab, modsub.computed, repr(modsub), type(modsub).__name__)
from modsub import zz
print(zz)
mod = types.ModuleType("swap")
sys.modules["swap"] = mod
mod.__class__ = ModSub
print(mod.qq, isinstance(mod, ModSub))
try:
    mod.__class__ = Fake
except TypeError as e:
    print(e)
