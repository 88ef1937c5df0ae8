class G:
    def __class_getitem__(cls, item):
        return ("getitem", cls.__name__, item)
print(G[int])
print(G[int, str])
class H(G): pass
print(H[1])
try:
    object[int]
except Exception as e:
    print(type(e).__name__, e)
class NotCM:
    def __class_getitem__(cls, item):
        return cls, item
print(NotCM[0][0] is NotCM)
print(type(NotCM.__dict__['__class_getitem__']).__name__)
class I:
    __class_getitem__ = None
try:
    I[1]
except Exception as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__)

class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.real,)
class Real:
    def hello(self):
        return "hello from Real"
class User(Proxy(Real), int):
    pass
print(User.__bases__ == (Real, int), User.__orig_bases__[1] is int)
print(User().hello(), User(5))
class Empty:
    def __mro_entries__(self, bases):
        return ()
class U2(Empty()):
    pass
print(U2.__bases__)
class BadME:
    def __mro_entries__(self, bases):
        return 5
try:
    class U3(BadME()): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    type("T", (Proxy(Real),), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    class U4(5): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class U5(int, int): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class U6(object, int): pass
except Exception as e:
    print(type(e).__name__, e)

import types
print(types.resolve_bases((int, Proxy(Real), str)))
ns = {}
meta, ns2, kw = types.prepare_class("N", (int,), {"metaclass": type, "x": 1})
print(meta, type(ns2), kw)
def body(ns):
    ns['a'] = 10
N = types.new_class("N", (Proxy(Real),), {}, body)
print(N.__name__, N.__bases__, N.a, N.__orig_bases__[0].__class__.__name__, N.__module__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(m, name, bases, ns)
    def __init__(cls, *a, **k):
        pass
N2 = types.new_class("N2", (), {"metaclass": Meta, "q": 1})
print(type(N2).__name__, N2.kw)
print(types.new_class("E").__bases__)
