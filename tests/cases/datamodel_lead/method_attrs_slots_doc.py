# Bound methods read their function's attributes; a __doc__ slot in a class without a docstring.
def f(self):
    return 1
f.extra = 5
f.tags = ['a']

class A:
    m = f

a = A()
print(a.m.extra, a.m.tags, getattr(a.m, 'extra'), hasattr(a.m, 'nope'))
try:
    a.m.nope
except AttributeError as e:
    print(e)
try:
    a.m.extra = 6
except AttributeError as e:
    print(e)

class S:
    __slots__ = ('__doc__', 'x')

s = S()
s.__doc__ = 'per instance'
s.x = 1
print(s.__doc__, s.x, type(S.__dict__['__doc__']).__name__)

try:
    class T:
        "has a docstring"
        __slots__ = ('__doc__',)
except ValueError as e:
    print(e)
