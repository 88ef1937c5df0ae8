def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: object.__new__(int))
t(lambda: object.__new__(list))
t(lambda: object.__new__(dict))
t(lambda: int.__new__(str))
t(lambda: int.__new__(object))
t(lambda: int.__new__(bool, 5))
t(lambda: str.__new__(int))
t(lambda: list.__new__(list))
t(lambda: list.__new__(tuple))
t(lambda: tuple.__new__(list))
t(lambda: dict.__new__(dict, 1, 2))
t(lambda: list.__new__(list, 1, 2, x=3))
t(lambda: set.__new__(set, 1))
t(lambda: float.__new__(int))
t(lambda: bytes.__new__(bytearray))
t(lambda: object.__new__())
t(lambda: object.__new__(1))
t(lambda: type(object()).__name__)
t(lambda: object(1))
t(lambda: object(x=1))
t(lambda: object.__init__(1))
t(lambda: object.__init__(1, 2))
t(lambda: list.__init__([], [1, 2]))
l = [9]
t(lambda: list.__init__(l, [1, 2]) or l)
t(lambda: l.__init__() or l)
t(lambda: l.__init__("ab", "c"))
d = {1: 2}
t(lambda: d.__init__(a=1) or d)
t(lambda: d.__init__([(3, 4)]) or d)
s = {1}
t(lambda: s.__init__([5]) or s)
t(lambda: s.__init__() or s)
t(lambda: (5).__init__(7))
t(lambda: "x".__init__(1, 2, 3))
ba = bytearray(b"abc")
t(lambda: ba.__init__(b"zz") or ba)
t(lambda: ba.__init__(2) or ba)
t(lambda: ba.__init__() or ba)
t(lambda: ba.__init__("é", "utf-8") or ba)
class L(list):
    def __init__(self, *a):
        print("L init", a)
t(lambda: L([1, 2]))
class L2(list):
    def __new__(cls, *a):
        print("L2 new", a)
        return super().__new__(cls)
t(lambda: L2([1, 2]))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
t(lambda: I(5))
t(lambda: I("5"))
class I2(int):
    def __init__(self, v):
        print("init", v)
t(lambda: I2(3))
t(lambda: I2(3, 4))
class S(str):
    def __new__(cls, a, b):
        return super().__new__(cls, a + b)
t(lambda: S("x", "y"))
t(lambda: S("x"))
class T(tuple):
    def __init__(self, *a, **k):
        pass
t(lambda: T([1], x=2))
class T2(tuple):
    pass
t(lambda: T2([1], x=2))
class D(dict):
    pass
t(lambda: D([(1, 2)], x=3))
class F(float):
    pass
t(lambda: F("1.5"))
t(lambda: F(x=1))
class C(complex): pass
t(lambda: C(1, 2))
class B(bytes): pass
t(lambda: B(3))
t(lambda: B("é", "utf-8"))
class Fz(frozenset): pass
t(lambda: Fz([1]))
t(lambda: Fz([1], x=1))
class St(set): pass
t(lambda: St([1], x=1))
class St2(set):
    def __init__(self, a, x=None):
        super().__init__(a)
t(lambda: St2([1], x=1))
t(lambda: type(range.__new__(range, 3)))
