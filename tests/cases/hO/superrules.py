class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
    @property
    def prop(self):
        return "B>" + super().prop
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), D.cm(), d.prop, D.__mro__)
print(super(B, d).who(), super(C, d).who(), super(D, D).cm())
s = super(B, d)
print(type(s).__name__, s.__thisclass__, s.__self__ is d, s.__self_class__)
print(repr(super(B, d)).startswith("<super: <class 'B'>, <D object>>"))
print(repr(super(B)))
try:
    super(B, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(5, d)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(B, d).nope
except Exception as e:
    print(type(e).__name__, e)
try:
    super()
except Exception as e:
    print(type(e).__name__, e)
def f():
    return super().x
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
class E:
    def m(self):
        def inner():
            return super().__repr__
        return inner()
try:
    E().m()
except Exception as e:
    print(type(e).__name__, e)
class F:
    def m(self):
        return [super().__class__.__name__ for _ in range(1)]
print(F().m())
class G:
    def m(self):
        return __class__
print(G().m() is G)
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get(self, k, default=None):
        return "H.get:" + str(super().get(k, default))
h = H()
h["a"] = 1
print(h, h.get("a"), h.get("zz"))
class I(list):
    def append(self, x):
        super().append(x)
        super().append(x)
i = I()
i.append(1)
print(i)
class J:
    def __init__(self):
        super().__init__()
        self.j = 1
class K(J):
    def __init__(self):
        super(K, self).__init__()
        self.k = 2
print(vars(K()))
class L:
    def __getattr__(self, name):
        return "getattr:" + name
class M(L):
    def test(self):
        return super().anything
print(M().test() if False else "skip")
try:
    print(M().test())
except Exception as e:
    print(type(e).__name__, e)
class Static:
    @staticmethod
    def s():
        return super()
try:
    Static.s()
except Exception as e:
    print(type(e).__name__, e)
class N:
    def __init__(self):
        print(super().__init__)
N() if False else None
print(super(N, N()).__class__)
class O(A):
    who = lambda self: "lam>" + super(O, self).who()
print(O().who())
