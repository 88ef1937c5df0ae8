class A:
    def __init__(self, x, y=1, *, z):
        pass
    def m(self, a):
        pass
    @classmethod
    def c(cls, a):
        pass
    @staticmethod
    def s(a):
        pass
class B:
    pass
class N:
    def __new__(cls, a):
        return super().__new__(cls)
class NI:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, q):
        pass
tests = [
    lambda: A(),
    lambda: A(1),
    lambda: A(1, 2, 3, z=1),
    lambda: A(1, x=1, z=2),
    lambda: A(1, z=1, w=2),
    lambda: A(1, 2, z=3).m(),
    lambda: A(1, z=3).m(1, 2),
    lambda: A.m(1),
    lambda: A.m(),
    lambda: A.c(),
    lambda: A.c(1, 2),
    lambda: A.s(),
    lambda: A(1, z=1).s(1, 2),
    lambda: B(1),
    lambda: B(x=1),
    lambda: N(),
    lambda: N(1, 2),
    lambda: NI(),
    lambda: NI(1, 2),
    lambda: A.__init__(),
    lambda: A.__init__(None, 1, z=1),
    lambda: object.__init__(),
    lambda: int.__init__(),
    lambda: list.append(),
    lambda: list.append([]),
    lambda: list.append(1, 2),
    lambda: str.upper(5),
    lambda: str.join("", [1]),
    lambda: dict.get({}, 1, 2, 3),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, /: 0)(a=1),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda a, b, c: 0)(1),
    lambda: (lambda a, b, c: 0)(),
    lambda: (lambda a, *, b, c: 0)(1),
    lambda: (lambda **kw: 0)(1),
    lambda: (lambda *a: 0)(x=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: isinstance(1),
    lambda: getattr(),
    lambda: print(sep=1),
    lambda: sorted([], key=1, cmp=2),
    lambda: int(x=1),
    lambda: int("1", base=1, extra=2),
    lambda: type(),
    lambda: type(1, 2),
    lambda: super(1, 2, 3),
    lambda: property(1, 2, 3, 4, 5),
    lambda: staticmethod(),
    lambda: classmethod(1, 2),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
