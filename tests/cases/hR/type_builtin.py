def t(*a, **k):
    try:
        r = type(*a, **k)
        print(repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)
t(1)
t(int)
t(type)
t(None)
X = t("X", (), {})
print(X.__name__, X.__qualname__, X.__bases__, X.__module__)
Y = t("Y", (X,), {"a": 1, "f": lambda self: self.a * 2})
print(Y().f(), Y.__mro__)
t("Z", [], {})
t("Z", (), [])
t(1, (), {})
t("Z", (1,), {})
t("Z", (int, str), {})
t("Z", (bool,), {})
t("Z", (), {}, 1)
t()
t(1, 2)
t("Z", (), {"__slots__": ("a", "a")})
t("Z", (), {"__qualname__": 5})
Q = t("Q", (), {"__qualname__": "Outer.Q", "__module__": "mod"})
print(Q.__qualname__, Q.__module__)
W = t("W", (object,), {"__doc__": "docstring"})
print(W.__doc__)
print(type(X()) is X, type(X) is type, type(type) is type)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
M = Meta("M", (), {"x": 1})
print(type(M).__name__)
class N(M, flag=True):
    y = 2
print(type(N).__name__, N.x, N.y)
try:
    type("Bad", (M, int), {}) if False else None
    class Other(type): pass
    class O1(metaclass=Other): pass
    class Bad(M, O1): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    type.__new__(type, "A", (), {}, extra=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    class C(kw=1): pass
except Exception as e:
    print(type(e).__name__, e)
print(type.__name__, type(1).__name__, type(1).__qualname__, type([]).__module__)
try:
    int.__name__ = "foo"
except Exception as e:
    print(type(e).__name__, e)
X.__name__ = "Renamed"
print(X.__name__, repr(X)[-10:])
try:
    X.__name__ = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    X.__bases__ = (int,)
except Exception as e:
    print(type(e).__name__, e)
print(type("E", (Exception,), {})("msg"))
