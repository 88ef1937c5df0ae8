class A:
    def who(self): return ["A"]
    @classmethod
    def cwho(cls): return ["A:" + cls.__name__]
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cwho(cls): return ["B"] + super().cwho()
class C(A):
    def who(self): return ["C"] + super().who()
    @classmethod
    def cwho(cls): return ["C"] + super().cwho()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), D.cwho())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(super(B, D()).who(), super(C, D()).who())
print(super(D, D).cwho(), super(B, D).who(D()))
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    class E(A, B): pass
except TypeError as e: print("TypeError", e)
class O1: pass
class O2: pass
class X(O1, O2): pass
class Y(O2, O1): pass
try:
    class Z(X, Y): pass
except TypeError as e: print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e: print("TypeError", e)
try:
    super(B, 1)
except TypeError as e: print("TypeError", e)
try:
    super(1, 2)
except TypeError as e: print("TypeError", e)
def outside():
    return super().who()
try: outside()
except RuntimeError as e: print("RuntimeError", e)
class K:
    def m(self):
        return __class__
    def n(self):
        del self
        try:
            return super().__repr__
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(K().m().__name__, K().n())
class L(list):
    def append(self, x):
        super().append(x * 2)
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
l = L([1])
l.append(5)
print(l, l[1], list(l), len(l))
class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class Mixin:
    def __init__(self, **kw):
        print("Mixin init", sorted(kw))
        super().__init__(**kw)
class Final(Mixin, Base):
    def __init__(self):
        super().__init__(a=1)
Final()
class St:
    @staticmethod
    def s():
        try:
            return super().x
        except RuntimeError as e:
            return str(e)
print(St.s())
class Gp:
    def f(self): return "Gp.f"
class Pa(Gp):
    f = lambda self: "Pa.f " + super(Pa, self).f()
print(Pa().f())
print(super(int, True).__repr__()[:5])
sp = super(Pa, Pa())
try: sp.nothing
except AttributeError as e: print("AttributeError", e)
print(repr(super(Pa)) .startswith("<super: <class 'Pa'>, NULL>"))
class Prop(A):
    @property
    def p(self): return super().who()
print(Prop().p)
