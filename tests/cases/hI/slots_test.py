class A:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
a = A(1)
print(a.x)
try: a.y
except AttributeError as e: print("AttributeError", e)
try: a.z = 1
except AttributeError as e: print("AttributeError", e)
print(hasattr(a, '__dict__'), A.__slots__, type(A.x).__name__)
a.y = 2; del a.y
try: del a.y
except AttributeError as e: print("AttributeError", e)
class B(A):
    pass
b = B(1); b.z = 3; print(b.__dict__)
class C(A):
    __slots__ = ('z',)
c = C(1); c.z = 5; c.y = 6
print(c.x, c.y, c.z)
try: c.w = 1
except AttributeError as e: print("AttributeError", e)
class D:
    __slots__ = ('__dict__', 'a')
d = D(); d.a = 1; d.b = 2; print(d.__dict__)
class E:
    __slots__ = 'single'
e = E(); e.single = 1; print(E.__slots__, e.single)
try:
    class F:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print("ValueError", e)
try:
    class G(int):
        __slots__ = ('a',)
except TypeError as e: print("TypeError", e)
class H:
    __slots__ = ()
try: H().a = 1
except AttributeError as e: print("AttributeError", e)
class W:
    __slots__ = ('__weakref__',)
import weakref
w = W(); r = weakref.ref(w); print(r() is w)
class Pr:
    __slots__ = ('__priv',)
    def __init__(self): self.__priv = 1
print(Pr.__slots__, [n for n in dir(Pr) if 'priv' in n])
try:
    class Dup:
        __slots__ = ('a', 'a')
except Exception as e: print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e: print("TypeError", e)
class S(str):
    __slots__ = ()
print(repr(S("x")), hasattr(S("x"), '__dict__'))
try:
    class X1: __slots__ = ('a',)
    class X2: __slots__ = ('b',)
    class X3(X1, X2): pass
except TypeError as e: print("TypeError", e)
