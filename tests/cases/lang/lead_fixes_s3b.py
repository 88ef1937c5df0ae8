"""Module docstring, visible as the module's __doc__."""
import dataclasses
import sys
import types

print(sys.modules[__name__].__doc__, __doc__ == sys.modules[__name__].__doc__)
print(types.ModuleType('m', 'hi').__doc__, types.ModuleType('m').__doc__)
m = types.ModuleType('m')
m.__doc__ = 'set later'
print(m.__doc__)

e = ImportError('x', name='m', path='p')
print(e.name, e.path, e.args, e.msg)
e = ModuleNotFoundError('y', name='n')
print(e.name, e.path)
e = AttributeError('z', name='a', obj=3)
print(e.name, e.obj)
for cls in (ImportError, ModuleNotFoundError, NameError, AttributeError, ValueError):
    try:
        cls('x', foo=1)
    except TypeError as err:
        print('TypeError:', err)


@dataclasses.dataclass
class P:
    x: int


print(P.__eq__.__module__, P.__repr__.__module__, P.__init__.__module__, P.__eq__.__qualname__)
