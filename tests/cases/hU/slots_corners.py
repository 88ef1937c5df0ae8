class A:
    __slots__ = ('x', 'y')
a = A()
a.x = 1
print(a.x)
try:
    a.y
except Exception as e:
    print(type(e).__name__, e)
try:
    a.z = 3
except Exception as e:
    print(type(e).__name__, e)
print(hasattr(a, '__dict__'), hasattr(a, '__weakref__'))
print(type(A.x).__name__, A.x.__name__)
try:
    print(A.x.__objclass__ is A)
except Exception as e:
    print(type(e).__name__, e)
print(repr(A.x).startswith("<member 'x' of 'A' objects>"))

try:
    class B:
        __slots__ = ('x',)
        x = 5
except Exception as e:
    print(type(e).__name__, e)

class C:
    __slots__ = ('__dict__', 'w')
c = C()
c.w = 1
c.other = 2
print(c.__dict__)

class Dd:
    __slots__ = ('__weakref__',)
import weakref
d = Dd()
r = weakref.ref(d)
print(r() is d)
try:
    d.q = 1
except Exception as e:
    print(type(e).__name__, e)

class E:
    __slots__ = ()
try:
    E().a = 1
except Exception as e:
    print(type(e).__name__, e)

class F(A):
    pass
f = F()
f.z = 5
print(f.__dict__)
class G(A):
    __slots__ = ('z',)
g = G()
g.x, g.y, g.z = 1, 2, 3
print(g.x, g.y, g.z)
try:
    g.w = 1
except Exception as e:
    print(type(e).__name__, e)

try:
    class H:
        __slots__ = ('__dict__', '__dict__')
except Exception as e:
    print(type(e).__name__, e)
try:
    class I:
        __slots__ = ('1abc',)
except Exception as e:
    print(type(e).__name__, e)
try:
    class J:
        __slots__ = (1,)
except Exception as e:
    print(type(e).__name__, e)
class K:
    __slots__ = 'single'
k = K()
k.single = 's'
print(k.single, K.__slots__)
class L:
    __slots__ = ['a', 'b']
print(L.__slots__)
class M:
    __slots__ = {'p': 'doc p', 'q': 'doc q'}
print(M.p.__doc__, M.q.__doc__)

class Priv:
    __slots__ = ('__secret',)
    def __init__(self):
        self.__secret = 42
    def get(self):
        return self.__secret
print(Priv().get(), '_Priv__secret' in dir(Priv))
try:
    class Int(int):
        __slots__ = ('a',)
except Exception as e:
    print(type(e).__name__, e)
class Tup(tuple):
    __slots__ = ()
print(Tup((1, 2)))
try:
    class X1:
        __slots__ = ('a',)
    class X2:
        __slots__ = ('b',)
    class X3(X1, X2):
        pass
except Exception as e:
    print(type(e).__name__, e)
del a.x
try:
    del a.x
except Exception as e:
    print(type(e).__name__, e)
try:
    class W:
        __slots__ = ('__weakref__', '__weakref__')
except Exception as e:
    print(type(e).__name__, e)
class Def:
    __slots__ = ('v',)
    def __init__(self, v=3):
        self.v = v
print(Def().v, Def(7).v)
print(sorted(k for k in Def.__dict__ if not k.startswith('__') or k == '__slots__'))
