class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ('y',)
class C:
    __slots__ = ('a', 'b')
print(dir(A))
print(dir(B()))
print(dir(C()))
print(dir(A()))
print(sorted(vars(A)))
print(dir(object()))
print(dir(int) == sorted(dir(int)), len(dir(int)), len(dir(str)), len(dir(list)), len(dir(dict)))
print([n for n in dir(int) if not n.startswith('_')])
print([n for n in dir(str) if not n.startswith('_')])
print([n for n in dir(list) if not n.startswith('_')])
print([n for n in dir(dict) if not n.startswith('_')])
print([n for n in dir(set) if not n.startswith('_')])
print([n for n in dir(float) if not n.startswith('_')])
print([n for n in dir(bytes) if not n.startswith('_')])
print([n for n in dir(tuple)])
print(dir(int))
print(dir(list))
def f(a, b=2): pass
print([n for n in dir(f)])
import math
print([n for n in dir(math) if not n.startswith('__')])
print(A.__dict__.keys() if False else [k for k in A.__dict__])
print(B.__dict__.keys() if False else [k for k in B.__dict__])
print(type(A.__dict__).__name__, A.__module__, A.__qualname__, A.__bases__, B.__mro__, A.__doc__, A.__name__)
print(f.__defaults__, f.__code__.co_varnames, f.__code__.co_argcount, f.__name__, f.__qualname__, f.__module__, f.__kwdefaults__)
print(vars(A())  , A().__dict__, hasattr(C(), '__dict__'))
