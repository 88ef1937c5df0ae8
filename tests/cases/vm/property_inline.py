# Property getters on plain instances (run as inline frames once cached): redefinition,
# errors and tracebacks inside getters, subclasses of property, instance dict shadowing.
import traceback
class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x * 2
    @property
    def bad(self):
        return self.nothing
    @property
    def deep(self):
        return self.deep
    def __repr__(self):
        return "C()"
c = C()
print([c.x for _ in range(3)])
c.__dict__["x"] = "shadow"
print(c.x)
C.x = property(lambda self: "lambda getter")
print(c.x, c.x)
C.x = property(lambda self, extra=1: ("defaults", extra))
print(c.x)
def g(self, *a):
    return ("varargs", a)
C.x = property(g)
print(c.x)
C.x = 5
print(c.x)
for i in range(2):
    try:
        c.bad
    except AttributeError as e:
        print("AttributeError", e)
try:
    c.deep
except RecursionError as e:
    print("RecursionError", str(e)[:40])
class P(property):
    def __get__(self, obj, t=None):
        return ("P.__get__", super().__get__(obj, t))
class D:
    @P
    def y(self):
        return 7
print(D().y, D().y)
class E:
    @property
    def z(self):
        raise KeyError("zz")
try:
    for i in range(3):
        E().z
except KeyError as e:
    print("KeyError", e)
    print("".join(traceback.format_tb(e.__traceback__)).count("\n"))
class F:
    @property
    def w(self):
        return "F.w"
class G(F):
    pass
print([G().w for _ in range(2)])
F.w = property(lambda s: "F.w2")
print(G().w)
p = property()
class H:
    v = p
try:
    H().v
except AttributeError as e:
    print("AttributeError", e)
p.__init__(lambda s: "reinit")
print(H().v)
class Slow:
    def __getattr__(self, n):
        return "getattr " + n
    @property
    def q(self):
        raise AttributeError("inner")
print(Slow().q, Slow().q)
class LoggedProp(property):
    def __set__(self, obj, v):
        print("LoggedProp.__set__", v)
        super().__set__(obj, v * 10)
    def __delete__(self, obj):
        print("LoggedProp.__delete__")
class K:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    v = LoggedProp(_get, _set)
k = K()
k.v = 4
print(k.v)
del k.v
print(type(K.__dict__["v"]).__name__, K.v is K.__dict__["v"])
class CM(classmethod):
    def __get__(self, obj, t=None):
        return ("CM.__get__", obj is None)
class SM(staticmethod):
    def __get__(self, obj, t=None):
        return "SM.__get__"
class L:
    @CM
    def m(cls):
        pass
    @SM
    def s():
        pass
print(L.m, L().m, L.s, L().s)
