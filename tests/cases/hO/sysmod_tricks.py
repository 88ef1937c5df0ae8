import sys, types
src = '''
import sys
_values = {"alpha": 1}
def __getattr__(name):
    if name in _values:
        print("lazy load", name)
        return _values[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(list(globals()) + list(_values))
'''
mod = types.ModuleType("lazymod")
exec(src, mod.__dict__)
sys.modules["lazymod"] = mod
import lazymod
print(lazymod.alpha)
from lazymod import alpha as a2
print(a2)
try:
    from lazymod import beta
except ImportError as e:
    print("ImportError", e)
try:
    lazymod.beta
except AttributeError as e:
    print("AttributeError", e)
print([n for n in dir(lazymod) if not n.startswith("__")])
class Const:
    PI = 3.14
    def __getattr__(self, name):
        return f"const-{name}"
sys.modules["constmod"] = Const()
import constmod
print(constmod.PI, constmod.other, type(constmod).__name__)
from constmod import anything
print(anything)
import math
sys.modules["numbers_alias"] = sys.modules["math"]
import numbers_alias
print(numbers_alias.__name__, numbers_alias.floor(2.5))
pkg = types.ModuleType("mypkg")
pkg.__path__ = []
sub = types.ModuleType("mypkg.sub")
sub.value = "sub value"
sys.modules["mypkg"] = pkg
sys.modules["mypkg.sub"] = sub
import mypkg.sub
print(mypkg.sub.value if hasattr(mypkg, "sub") else "no attr on parent")
from mypkg.sub import value
print(value)
from mypkg import sub as s2
print(s2.value)
m = types.ModuleType("withclass")
class Special(types.ModuleType):
    def __setattr__(self, name, value):
        print("setting", name)
        super().__setattr__(name, value)
m.__class__ = Special
m.x = 1
print(m.x, type(m).__name__, isinstance(m, types.ModuleType))
print(sorted(k for k in vars(m) if not k.startswith("__")))
del sys.modules["lazymod"]
print("lazymod" in sys.modules, lazymod.__name__)
