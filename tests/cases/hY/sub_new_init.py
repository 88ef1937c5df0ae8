def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type("B", (bool,), {}))
class I(int):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v + extra)
        o.extra = extra
        return o
t(lambda: (I(5, 2), I(5, 2).extra))
t(lambda: I("5"))
class I2(int):
    def __init__(self, v, tag):
        self.tag = tag
t(lambda: I2(5, "t"))
t(lambda: I2(5, tag="t"))
class F(float):
    def __new__(cls, v=0.0, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
    def __repr__(self): return f"{float(self)!r}{self.unit}"
t(lambda: F(2, "km"))
t(lambda: [F(1), F()])
t(lambda: F("x"))
class S(str):
    def __new__(cls, v, n):
        return super().__new__(cls, v * n)
t(lambda: S("ab", 3))
t(lambda: S("ab"))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t(lambda: T(1, 2, 3))
t(lambda: T())
t(lambda: type(T(1) + T(2)))
class L(list):
    def __init__(self, *items):
        super().__init__(items)
t(lambda: L(1, 2, 3))
class D(dict):
    def __init__(self, **kw):
        super().__init__({k.upper(): v for k, v in kw.items()})
t(lambda: D(a=1, b=2))
class C(complex):
    pass
t(lambda: C(1, 2))
t(lambda: C("1+2j"))
t(lambda: type(C(1, 2) + 1))
t(lambda: repr(C(1, 2)))
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t(lambda: FS(1, 2) == frozenset({1, 2}))
t(lambda: type(FS(1, 2) | FS(3)))
t(lambda: int.__new__(I, 3))
t(lambda: int.__new__(str, 3))
t(lambda: str.__new__(int))
t(lambda: list.__new__(tuple))
t(lambda: dict.__new__(list))
t(lambda: float.__new__(F, "2.5"))
t(lambda: tuple.__new__(T, [1, 2]))
t(lambda: object.__new__(int))
t(lambda: int.__new__())
t(lambda: int.__new__(5))
t(lambda: int.__init__(5, 6, 7))
t(lambda: list.__init__(5))
t(lambda: list.__init__([], [1], [2]))
x = [1, 2]
list.__init__(x, "ab"); print(x)
d = {1: 2}
dict.__init__(d, {3: 4}); print(d)
s = {1}
set.__init__(s, [5]); print(s)
class B(bytes):
    def __new__(cls, s):
        return super().__new__(cls, s, "ascii")
t(lambda: B("hi"))
class R:
    pass
t(lambda: type("X", (int, str), {}))
t(lambda: type("X", (list, dict), {}))
t(lambda: type("X", (int, float), {}))
t(lambda: type("X", (range,), {}))
t(lambda: type("X", (slice,), {}))
t(lambda: type("X", (memoryview,), {}))
t(lambda: type("X", (type(None),), {}))
t(lambda: type("X", (type(...),), {}))
class E(Exception, int):
    pass
