import sys, types
m = types.ModuleType('dyn')
def __getattr__(name):
    if name == 'magic': return 42
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")
def __dir__():
    return ['b', 'a', 'magic']
m.__getattr__ = __getattr__
m.__dir__ = __dir__
m.real = 1
sys.modules['dyn'] = m
import dyn
print(dyn.magic, dyn.real, dir(dyn))
try:
    dyn.nope
except AttributeError as e:
    print('AttributeError', e)
from dyn import magic
print(magic)
try:
    from dyn import nope
except ImportError as e:
    print('ImportError', e)
print(getattr(dyn, 'x', 'dflt'), hasattr(dyn, 'magic'))
m2 = types.ModuleType('plain', 'doc here')
print(m2.__name__, m2.__doc__, repr(m2))
try:
    m2.missing
except AttributeError as e:
    print('AttributeError', e)
del m2.__name__
try:
    m2.missing
except AttributeError as e:
    print('AttributeError', e)
# __class__ assignment on module
class MyMod(types.ModuleType):
    def __repr__(self): return '<MyMod>'
    @property
    def computed(self): return 'prop'
m3 = types.ModuleType('m3')
m3.__class__ = MyMod
print(repr(m3), m3.computed)
print(sorted(dir(types.ModuleType('e'))))
print(type(sys).__name__, isinstance(sys, types.ModuleType))
