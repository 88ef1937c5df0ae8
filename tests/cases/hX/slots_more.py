import weakref
class S:
    __slots__ = ('a',)
try: weakref.ref(S())
except TypeError as e: print(e)
class SW:
    __slots__ = ('a', '__weakref__')
r = weakref.ref(SW()); print(r())
class A:
    __slots__ = ('x',)
class B:
    __slots__ = ('y',)
try:
    class AB(A, B): pass
except TypeError as e: print(e)
class E1: __slots__ = ()
class E2: __slots__ = ()
class E12(E1, E2): pass
print(E12.__mro__[1:3])
try:
    class Dup:
        __slots__ = ('a', 'a')
except TypeError as e: print(e)
try:
    class BadSlot:
        __slots__ = ('1a',)
except TypeError as e: print(e)
try:
    class BadSlot2:
        __slots__ = (1,)
except TypeError as e: print(e)
try:
    class DD:
        __slots__ = ('__dict__', '__dict__')
except TypeError as e: print(e)
class Sub(A):
    pass
s = Sub(); s.x = 1; s.z = 2; print(s.x, s.z, s.__dict__)
class Priv:
    __slots__ = ('__p',)
    def __init__(self): self.__p = 'private'
    def get(self): return self.__p
print(Priv().get(), Priv.__slots__, [k for k in Priv.__dict__ if 'p' in k.lower() and not k.startswith('__')])
class Sl2:
    __slots__ = 'single'
o = Sl2(); o.single = 1; print(o.single, Sl2.__slots__)
try: object.__getattribute__(Sl2(), 'single')
except AttributeError as e: print(e)
class WithInit:
    __slots__ = ('a', 'b')
    def __init__(self, a): self.a = a
w = WithInit(1)
print(w.a, hasattr(w, 'b'), getattr(w, 'b', 'unset'))
import copy, pickle
w.b = 2
w2 = copy.copy(w); print(w2.a, w2.b)
print(pickle.loads(pickle.dumps(w)).b if False else '')
try: del w.b; del w.b
except AttributeError as e: print(e)
