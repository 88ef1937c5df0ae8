import sys, types
m = types.ModuleType("starmod")
exec("""
__all__ = ["pub", "_hidden_but_listed"]
pub = 1
_hidden_but_listed = 2
other = 3
_private = 4
""", m.__dict__)
sys.modules["starmod"] = m
from starmod import *
print(pub, _hidden_but_listed)
try:
    other
except NameError as e:
    print(type(e).__name__, e)
m2 = types.ModuleType("starmod2")
exec("""
a = 1
_b = 2
import sys as _sys
import math
""", m2.__dict__)
sys.modules["starmod2"] = m2
from starmod2 import *
print(a, math.pi > 3)
try:
    _b
except NameError as e:
    print(type(e).__name__, e)
m3 = types.ModuleType("starmod3")
m3.__all__ = ["missing"]
sys.modules["starmod3"] = m3
try:
    from starmod3 import *
except Exception as e:
    print(type(e).__name__, e)
m4 = types.ModuleType("starmod4")
m4.__all__ = [1]
sys.modules["starmod4"] = m4
try:
    from starmod4 import *
except Exception as e:
    print(type(e).__name__, e)
m5 = types.ModuleType("starmod5")
m5.__all__ = ("x",)
m5.x = "tuple all"
sys.modules["starmod5"] = m5
from starmod5 import *
print(x)
def lazy(name):
    if name == "dyn":
        return "dynamic!"
    raise AttributeError(name)
m6 = types.ModuleType("starmod6")
m6.__getattr__ = lazy
m6.__all__ = ["dyn"]
sys.modules["starmod6"] = m6
from starmod6 import *
print(dyn)
from starmod6 import dyn as d2
print(d2)
try:
    from starmod6 import notdyn
except ImportError as e:
    print(type(e).__name__, e)
m7 = types.ModuleType("starmod7")
m7.__dict__["__all__"] = "ab"
m7.a = "A"; m7.b = "B"
sys.modules["starmod7"] = m7
from starmod7 import *
print(a, b)
print(sorted(k for k in dir() if not k.startswith("__")))
