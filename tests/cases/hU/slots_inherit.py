import weakref
class Base: pass
try:
    class S(Base):
        __slots__ = ('__weakref__',)
except Exception as e:
    print(type(e).__name__, e)
try:
    class S2(Base):
        __slots__ = ('__dict__',)
except Exception as e:
    print(type(e).__name__, e)
class SB:
    __slots__ = ('a',)
class SC(SB):
    __slots__ = ('a',)   # redeclare: allowed
c = SC(); c.a = 1; print(c.a)
class SD(SB):
    __slots__ = ('__dict__',)
d = SD(); d.a = 1; d.b = 2; print(d.a, d.__dict__)
try:
    weakref.ref(SB())
except Exception as e:
    print(type(e).__name__, e)
class SW(SB):
    __slots__ = ('__weakref__',)
w = SW()
print(weakref.ref(w)() is w)
print(SB.__dict__.get('__weakref__'), '__weakref__' in SW.__dict__, '__dict__' in SD.__dict__)
print(sorted(k for k in SC.__dict__ if not k.startswith('__')), SC.__slots__)
class Mixed:
    __slots__ = ['x']
    y = 10
m = Mixed()
print(m.y)
try:
    m.y = 5
except Exception as e:
    print(type(e).__name__, e)
Mixed.y = 11
print(m.y)
try:
    m.__slots__ = ()
except Exception as e:
    print(type(e).__name__, e)
class It:
    __slots__ = iter(['p', 'q'])
print(It.__slots__.__class__.__name__, It().__class__.__name__)
i = It(); i.p = 1; i.q = 2; print(i.p, i.q)
class Gen:
    __slots__ = (n for n in 'rs')
print(hasattr(Gen, 'r'), hasattr(Gen, 's'))
class Sz:
    __slots__ = ('a', 'b', 'c')
class NoSz:
    pass
print(Sz().__sizeof__() < NoSz().__sizeof__() + 100)
class Both(SB):
    pass
b = Both()
b.a = 1; b.z = 2
print(b.a, b.__dict__)
class Multi(Both, SC):
    pass
print([k.__name__ for k in Multi.__mro__])
try:
    class Bad1:
        __slots__ = ('a', 'a')
    print("dup ok", Bad1.__slots__)
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = ''
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad3:
        __slots__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    class Bad4:
        __slots__ = ('__class__',)
    print("slot __class__ ok")
except Exception as e:
    print(type(e).__name__, e)
class Mang:
    __slots__ = ('__p', '_q', '__r__')
print(sorted(k for k in Mang.__dict__ if 'p' in k or 'q' in k or 'r' in k and k != '__repr__' and k.startswith('_')))
class WithProp:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
wp = WithProp(); wp.v = 3; print(wp.v)
try:
    class Conflict:
        __slots__ = ('v',)
        @property
        def v(self): return 1
except Exception as e:
    print(type(e).__name__, e)
try:
    class ConflictMeth:
        __slots__ = ('m',)
        def m(self): pass
except Exception as e:
    print(type(e).__name__, e)
class DocSlot:
    __slots__ = ('a',)
    __doc__ = "doc"
print(DocSlot.__doc__)
import weakref as _w
for base in (int, tuple, bytes, Exception, object):
    for sl in (("__dict__",), ("__weakref__",), ("__dict__", "__weakref__")):
        try:
            C = type(base)("C", (base,), {"__slots__": sl})
            print(base.__name__, sl, "ok", "__weakref__" in C.__dict__, "__dict__" in C.__dict__)
        except Exception as e:
            print(base.__name__, sl, type(e).__name__, e)
