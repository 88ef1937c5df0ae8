class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__call__ = lambda: "called"
c.__repr__ = lambda: "inst repr"
c.__iter__ = lambda: iter([1])
c.__bool__ = lambda: False
c.__eq__ = lambda o: True
c.__hash__ = lambda: 1
for f in (lambda: len(c), lambda: c(), lambda: iter(c), lambda: c[0], lambda: c + 1, lambda: -c, lambda: abs(c)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(c).startswith("<__main__.C object"), bool(c), c == C(), c.__len__())
with_enter = C()
with_enter.__enter__ = lambda: 1
with_enter.__exit__ = lambda *a: None
try:
    with with_enter:
        pass
except Exception as e:
    print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c))
del C.__len__
try:
    len(c)
except Exception as e:
    print(type(e).__name__, e)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return f"meta[{k}]"
    def __iter__(cls):
        return iter("ab")
    def __call__(cls, *a):
        return "meta call"
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __bool__(cls):
        return False
    def __add__(cls, o):
        return "meta add"
    def __contains__(cls, x):
        return x == 1
class K(metaclass=Meta):
    def __len__(self):
        return 1
print(len(K), K[3], list(K), K(), repr(K), bool(K), K + 1, 1 in K, 2 in K)
print(str(K), f"{K}", [K])
class CallableInst:
    def __call__(self, *a, **k):
        return ("called", a, k)
ci = CallableInst()
print(ci(1, x=2), callable(ci), callable(C()), callable(K))
class GetattrNoDunder:
    def __getattr__(self, name):
        return lambda *a: name
g = GetattrNoDunder()
print(g.foo())
for f in (lambda: len(g), lambda: iter(g), lambda: g + 1, lambda: g[0], lambda: str(g)[:5]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class ClsAttrSpecial:
    __len__ = len
try:
    print(len(ClsAttrSpecial()))
except Exception as e:
    print(type(e).__name__, e)
class StaticSpecial:
    @staticmethod
    def __len__():
        return 3
try:
    print(len(StaticSpecial()))
except Exception as e:
    print(type(e).__name__, e)
class ClassmethodSpecial:
    @classmethod
    def __len__(cls):
        return 4
print(len(ClassmethodSpecial()))
class CallableObjSpecial:
    class _L:
        def __call__(self, *a):
            return 5
    __len__ = _L()
print(len(CallableObjSpecial()))
class DescrSpecial:
    class _D:
        def __get__(self, obj, typ):
            return lambda: 6
    __len__ = _D()
print(len(DescrSpecial()))
