class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
    @staticmethod
    def s():
        try:
            return super().s()
        except Exception as e:
            return type(e).__name__ + ": " + str(e)
    def two(self):
        return super(B, self).f(), super(A, self).__class__.__name__
    def lam(self):
        return (lambda: super().f())()
    def gen(self):
        yield super().f()
    def comp(self):
        return [super().f() for _ in range(1)]
b = B()
print(b.f(), B.c(), b.c(), B.s(), b.two(), b.lam(), list(b.gen()), b.comp())
print(super(B, b).f(), super(B, B).c(), super(B, B).f(b))
try:
    super()
except Exception as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except Exception as e:
    print(type(e).__name__, e)
def outside2(self):
    return super()
try:
    outside2(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(B, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(1, b)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(int, b)
except Exception as e:
    print(type(e).__name__, e)
s = super(B, b)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
u = super(B)
print(u.__self__, u.__thisclass__.__name__)
try:
    u.f()
except Exception as e:
    print(type(e).__name__, e)
try:
    super(B, b).nope
except Exception as e:
    print(type(e).__name__, e)
class C(B):
    def f(self):
        return "C.f>" + super().f()
print(C().f(), super(B, C()).f())
class D:
    def __init__(self):
        del self
        try:
            super().__init__()
            print("ok no self")
        except Exception as e:
            print(type(e).__name__, e)
D()
class E:
    def m(self):
        self = 5
        return super().__repr__
try:
    E().m()
except Exception as e:
    print(type(e).__name__, e)
class F:
    def m(*args):
        return super().__class__.__name__
try:
    print(F().m())
except Exception as e:
    print(type(e).__name__, e)
class G(A):
    def __init__(self):
        super().__init__()
        self.x = super().f()
print(G().x)
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
h = H()
h["a"] = 2
print(h)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Kid(Base, tag=1): pass
class P:
    @property
    def v(self):
        return 1
class Q(P):
    @property
    def v(self):
        return super().v + 10
print(Q().v)
try:
    class R(P):
        @property
        def v(self):
            return 0
        @v.setter
        def v(self, val):
            super().v = val
    R().v = 3
except Exception as e:
    print(type(e).__name__, e)
