import sys, types
m = types.ModuleType('starmod')
m.a = 1; m._b = 2; m.c = 3
sys.modules['starmod'] = m
ns = {}
exec('from starmod import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
m.__all__ = ['_b', 'c']
ns = {}
exec('from starmod import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
m.__all__ = ['missing']
try:
    exec('from starmod import *', {})
except AttributeError as e: print('AttributeError', e)
m.__all__ = [1]
try:
    exec('from starmod import *', {})
except TypeError as e: print('TypeError', e)
m.__all__ = ('a',)
ns = {}; exec('from starmod import *', ns); print([k for k in ns if k != '__builtins__'])
def ga(name):
    if name == 'lazy': return 'lazy value'
    raise AttributeError(name)
m.__getattr__ = ga
m.__all__ = ['lazy']
ns = {}; exec('from starmod import *', ns); print(ns['lazy'])
from starmod import lazy as L
print(L)
import starmod as sm
print(sm.lazy)
m2 = types.ModuleType('pkgmod')
m2.__path__ = []
sys.modules['pkgmod'] = m2
sub = types.ModuleType('pkgmod.sub')
sys.modules['pkgmod.sub'] = sub
sub.val = 'subval'
import pkgmod.sub
print(pkgmod.sub.val if hasattr(pkgmod, 'sub') else 'pkgmod has no sub attr')
from pkgmod import sub as s2
print(s2.val)
del sys.modules['starmod']
try:
    import starmod
    print('reimported?')
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['none_mod'] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
class Callable(types.ModuleType):
    def __call__(self): return 'module called'
cm = Callable('cm')
print(cm())
print(m.__dict__ is vars(m), type(m.__dict__).__name__)
try: types.ModuleType()
except TypeError as e: print(e)
try: types.ModuleType(1)
except TypeError as e: print(e)
print(repr(types.ModuleType('x', None).__doc__))
