class A:
    x: int
class B(A):
    pass
print(B.__annotations__, A.__annotations__, '__annotations__' in B.__dict__)
class C:
    pass
print(C.__annotations__, '__annotations__' in C.__dict__)
C.__annotations__ = {'z': 1}
print(C.__annotations__)
del C.__annotations__
try: del C.__annotations__
except AttributeError as e: print('AttributeError', e)
print(C.__annotations__)
try: int.__annotations__
except AttributeError as e: print('AttributeError', e)
import types
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
def f(a: int): pass
f.__annotations__ = {'b': str}
print(f.__annotations__)
try: f.__annotations__ = 5
except TypeError as e: print(e)
del f.__annotations__
print(f.__annotations__)
print(B().__annotations__ if hasattr(B(), '__annotations__') else 'instance has none')
import typing
class D(A):
    y: 'str'
print(typing.get_type_hints(D), D.__annotations__)
def g(p: 'undefined_xyz'): pass
try: typing.get_type_hints(g)
except NameError as e: print('NameError', e)
print(typing.get_type_hints(g, globalns={'undefined_xyz': float}))
