class A:
    def f(self): return "A.f"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__, kw)
class B(A, tag=1):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def cm(cls): return "B.cm>" + super().cm()
    @staticmethod
    def sm():
        try:
            return super().sm()
        except Exception as e:
            return f"{type(e).__name__}: {e}"
    def nested(self):
        def inner():
            return super().f()
        try:
            return inner()
        except Exception as e:
            return f"{type(e).__name__}: {e}"
    def lam(self):
        return (lambda: super().f())()
    def comp(self):
        return [super().f() for _ in range(1)]
    def gen(self):
        yield super().f()
    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)
class C(B, x=2): pass
b = B()
print(b.f(), B.cm(), B.sm())
print(b.nested())
print(b.lam(), b.comp(), list(b.gen()))
def free():
    try:
        super()
    except Exception as e:
        print(type(e).__name__, e)
free()
def free2(self):
    return super().f()
try:
    free2(b)
except Exception as e:
    print(type(e).__name__, e)
class X: pass
try:
    super(X, b)
except Exception as e:
    print(type(e).__name__, e)
try:
    super(B, 5).f
except Exception as e:
    print(type(e).__name__, e)
try:
    super(5, b)
except Exception as e:
    print(type(e).__name__, e)
print(super(B, b).f(), super(B, B).cm(), super(A, b).__class__.__name__)
s = super(B, b)
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)
try:
    u.f
except Exception as e:
    print(type(e).__name__, e)
print(super(B, C).cm())
try:
    super(B, b).nonexistent
except Exception as e:
    print(type(e).__name__, e)
class Del:
    def m(self):
        del self
        try:
            return super().__repr__()[:5]
        except Exception as e:
            return f"{type(e).__name__}: {e}"
print(Del().m())
class Arg:
    def m(*args):
        return super().__class__.__name__
print(Arg().m())
class NoArg:
    def m():
        return super()
try:
    NoArg.m()
except Exception as e:
    print(type(e).__name__, e)
class Reassign:
    def m(self):
        self = 5
        try:
            return super().__repr__()
        except Exception as e:
            return f"{type(e).__name__}: {e}"
print(Reassign().m())
class Prop(A):
    @property
    def p(self):
        return super().f()
print(Prop().p)
class Setter(A):
    def __setattr__(self, k, v):
        super().__setattr__(k, v + 1)
s = Setter(); s.x = 1; print(s.x)
try:
    super(B, b).x = 1
except Exception as e:
    print(type(e).__name__, e)
print(repr(super(B, b)).split(' ')[0:3])
