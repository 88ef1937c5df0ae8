log = []
class D:
    def __set_name__(self, owner, name): log.append(('set_name', name, owner.__name__))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('meta new', name, kw))
        cls = super().__new__(mcls, name, bases, ns)
        log.append(('meta new done', name))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('meta init', name, kw))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(('init_subclass', cls.__name__, kw))
class Sub(Base, flag=1):
    d = D()
for l in log: print(l)
log.clear()
T = type('T', (), {'d': D()})
print(log); log.clear()
try: type('T2', (), {}, extra=1)
except TypeError as e: print(e)
class M2(type):
    def __new__(mcls, name, bases, ns, **kw): return super().__new__(mcls, name, bases, ns, **kw)
class B2:
    def __init_subclass__(cls, **kw): print('B2 init_subclass', kw)
try:
    class C2(B2, metaclass=M2, x=1): pass
except TypeError as e: print(e)
class M3(type):
    def __init__(cls, *a, **kw): print('M3 init', a[0], kw)
try:
    class C3(metaclass=M3, y=2): pass
except TypeError as e: print('TypeError', e)
def fn_meta(name, bases, ns, **kw):
    print('fn_meta', name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    return 42
class X(metaclass=fn_meta, z=3):
    a = 1
print(X)
class Y(int, metaclass=type): pass
print(Y.__mro__)
print(type(Sub), type(Sub).__mro__)
class Plain: pass
print(type.__call__(Plain).__class__.__name__, type.__new__(type, 'Dyn', (), {}).__name__)
try: type.__new__(1, 'x', (), {})
except TypeError as e: print(e)
try: type.__new__(int, 'x', (), {})
except TypeError as e: print(e)
try: type('x', (1,), {})
except TypeError as e: print(e)
class WithQual:
    __qualname__ = 'Custom.Qual'
print(WithQual.__qualname__, WithQual.__name__)
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e: print(e)
class Ns:
    __module__ = 'fake.module'
print(Ns.__module__, repr(Ns))
class SlotsDict:
    __slots__ = {'a': 'doc for a', 'b': None}
print(SlotsDict.a.__doc__, sorted(SlotsDict.__slots__))
class ClassCellMeta(type):
    def __new__(mcls, name, bases, ns):
        print('has __classcell__', '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)
class UsesSuper(metaclass=ClassCellMeta):
    def m(self): return super().__class__
print(UsesSuper().m().__name__)
