class A:
    def who(self): return 'A'
    @classmethod
    def cm(cls): return 'A.cm ' + cls.__name__
class B(A):
    def who(self): return 'B>' + super().who()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
    def cls_ref(self): return __class__
    def lam(self): return (lambda: super().who())()
    def comp(self): return [super().who() for _ in range(1)]
    def explicit(self): return super(B, self).who()
b = B()
print(b.who(), B.cm(), b.cls_ref().__name__, b.lam(), b.comp(), b.explicit())
class C:
    def f(self):
        return __class__
print(C().f() is C)
class D:
    def get(self): return __class__.__name__
    __class__ = 'shadow'
print(D().get())
def no_class():
    try:
        super()
    except RuntimeError as e:
        print('RuntimeError:', e)
no_class()
class E(A):
    def m(self):
        def inner():
            return __class__
        return inner()
print(E().m().__name__)
class F:
    def m():
        return super()
try:
    F.m()
except RuntimeError as e:
    print('RuntimeError:', e)
