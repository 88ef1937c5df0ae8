def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class T(tuple):
    def __init__(self, *a, **k):
        self.k = k
t(lambda: (T([1], x=2), T([1], x=2).k))
t(lambda: T([1], [2], x=2))
class T2(tuple): pass
t(lambda: T2([1], x=2))
class F(float):
    def __init__(self, v, unit="m"):
        self.unit = unit
t(lambda: (F(1.5, unit="cm"), F(1.5, unit="cm").unit))
t(lambda: F(1.5, "cm"))
class F2(float): pass
t(lambda: F2(1.5, unit="cm"))
class Fz(frozenset):
    def __init__(self, it, tag=None):
        self.tag = tag
t(lambda: (sorted(Fz([2, 1], tag="t")), Fz([1], tag="t").tag))
class Fz2(frozenset): pass
t(lambda: Fz2([1], tag="t"))
class L(list):
    def __init__(self, it, tag=None):
        super().__init__(it)
        self.tag = tag
t(lambda: (L([1], tag=2), L([1], tag=2).tag))
class L2(list): pass
t(lambda: L2([1], tag=2))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a)
t(lambda: D([(1, 2)], x=1))
class S(set):
    def __init__(self, it, tag=None):
        super().__init__(it)
t(lambda: S([1], tag=1))
class S2(set): pass
t(lambda: S2([1], tag=1))
class I(int):
    def __init__(self, v, tag=None):
        self.tag = tag
t(lambda: I(5, tag=1))
class St(str):
    def __init__(self, v, tag=None):
        self.tag = tag
t(lambda: St("a", tag=1))
class B(bytes):
    def __init__(self, v, tag=None):
        self.tag = tag
t(lambda: B(b"a", tag=1))
class C(complex):
    def __init__(self, v, tag=None):
        pass
t(lambda: C(1, tag=1))
