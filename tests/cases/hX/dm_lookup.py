# special methods are looked up on the type, not the instance
class C:
    def __len__(self): return 3
    def __repr__(self): return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'inst'
print(len(c), repr(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda o: 1
try:
    d + 1
except TypeError as e:
    print('TypeError', e)
d.__iter__ = lambda: iter([1])
try:
    iter(d)
except TypeError as e:
    print('TypeError', e)
d.__call__ = lambda: 1
try:
    d()
except TypeError as e:
    print('TypeError', e)
d.__enter__ = lambda: 1
try:
    with d: pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# special via metaclass
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, k): return ('meta', k)
    def __repr__(cls): return '<Meta ' + cls.__name__ + '>'
class E(metaclass=Meta):
    def __getitem__(self, k): return ('inst', k)
print(len(E), E[1], E()[2], repr(E))
# __getattr__ not used for special lookup
class G:
    def __getattr__(self, n):
        print('getattr', n)
        return lambda *a: 7
g = G()
try:
    len(g)
except TypeError as e:
    print('TypeError', e)
print(g.foo())
# __getattribute__ bypassed for implicit lookup
class H:
    def __getattribute__(self, n):
        print('getattribute', n)
        return object.__getattribute__(self, n)
    def __len__(self): return 5
h = H()
print(len(h))
print(h.__len__())
# changing class method after creation
class K: pass
k = K()
K.__len__ = lambda self: 11
print(len(k))
del K.__len__
try:
    len(k)
except TypeError as e:
    print('TypeError', e)
K.__bool__ = lambda self: False
print(bool(k), not k)
K.__bool__ = None
try:
    bool(k)
except TypeError as e:
    print('TypeError', e)
class L:
    __hash__ = None
try:
    hash(L())
except TypeError as e:
    print('TypeError', e)
class M:
    __iter__ = None
try:
    iter(M())
except TypeError as e:
    print('TypeError', e)
class N:
    __contains__ = None
try:
    1 in N()
except TypeError as e:
    print('TypeError', e)
class O:
    __len__ = None
try:
    len(O())
except TypeError as e:
    print('TypeError', e)
