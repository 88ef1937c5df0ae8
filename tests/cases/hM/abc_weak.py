import abc, weakref, gc, sys
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def area(self): return 4
    name = "sq"
try: Sq()
except TypeError as e: print(e)
class Sq2(Sq):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def s(): return 1
print(Sq2.make().area(), Sq2.__abstractmethods__, sorted(Sq.__abstractmethods__))
class Reg(metaclass=abc.ABCMeta): pass
Reg.register(int)
@Reg.register
class Y: pass
print(isinstance(3, Reg), issubclass(Y, Reg), issubclass(str, Reg), Y.__name__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__): return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Old(abc.ABC):
    @abc.abstractproperty
    def p(self): ...
try: Old()
except TypeError as e: print(e)
print(abc.get_cache_token() is not None, type(Shape).__name__, isinstance(Shape, abc.ABCMeta))
def f(): pass
f.__isabstractmethod__ = True
print(getattr(abc.abstractmethod(f), "__isabstractmethod__"))
class Dyn(abc.ABC):
    def m(self): ...
Dyn.m = abc.abstractmethod(Dyn.m)
print(Dyn(), abc.update_abstractmethods(Dyn).__abstractmethods__) if False else None
abc.update_abstractmethods(Dyn)
try: Dyn()
except TypeError as e: print(e)
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n
log = []
o = Obj(1)
r = weakref.ref(o, lambda ref: log.append("dead"))
print(r() is o, r() , type(r).__name__, weakref.getweakrefcount(o))
del o; gc.collect()
print(r(), log)
d = weakref.WeakValueDictionary()
a, b = Obj(2), Obj(3)
d["a"] = a; d["b"] = b
print(sorted(d.keys()), len(d), d.get("a"), "a" in d)
del a; gc.collect()
print(sorted(d.keys()), len(d), d.get("a", "gone"))
wk = weakref.WeakKeyDictionary()
k = Obj(4); wk[k] = "v"
print(len(wk), wk[k]); del k; gc.collect(); print(len(wk))
ws = weakref.WeakSet(); x = Obj(5); ws.add(x); print(len(ws), x in ws); del x; gc.collect(); print(len(ws))
z = Obj(6)
fin = weakref.finalize(z, print, "finalized", 6)
print(fin.alive, fin.atexit); del z; gc.collect(); print(fin.alive)
z2 = Obj(7); fin2 = weakref.finalize(z2, lambda: "ret"); print(fin2(), fin2(), fin2.alive)
p = weakref.proxy(Obj(8)) if False else None
y = Obj(9); p = weakref.proxy(y); print(p.n, repr(p)[:6])
del y; gc.collect()
try: p.n
except ReferenceError as e: print("ReferenceError", e)
try: weakref.ref(5)
except TypeError as e: print(e)
try: weakref.ref([])
except TypeError as e: print(e)
class M:
    def meth(self): return "m"
mm = M(); wm = weakref.WeakMethod(mm.meth); print(wm()()); del mm; gc.collect(); print(wm())
print(type(gc.collect()).__name__, gc.isenabled(), isinstance(gc.get_threshold(), tuple), gc.collect() >= 0)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(sys.maxsize == 2**63 - 1, sys.byteorder, sys.getrecursionlimit(), sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info), sys.argv[0].endswith(".py"), len(sys.argv))
print(sys.intern("abc") is sys.intern("ab" + "c"), sys.getsizeof(1) > 0, sys.getsizeof([], 0) > 0, sys.exc_info())
try: 1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info(); print(t, v, type(tb).__name__, sys.exception() if hasattr(sys, "exception") else "")
try: sys.setrecursionlimit(-1)
except ValueError as e: print(e)
print(sys.float_info.max, sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.float_info.epsilon, sys.flags.optimize)
print(sys.platform != "", sys.implementation.name != "", type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.maxunicode, sys.float_repr_style, sys.api_version > 0)
try: sys.exit("bye")
except SystemExit as e: print("exit", e.code, e.args)
