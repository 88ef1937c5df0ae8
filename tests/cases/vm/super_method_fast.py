# super().m(...) in methods: plain functions, descriptors, shadowed super, odd first args.
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def who(self, *a, **k):
        return ("A.who", type(self).__name__, a, sorted(k.items()))
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm(x):
        return "A.sm %s" % x
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.w = v * 2
    def get(self):
        return super().get() + self.w
    def who(self, *a, **k):
        return super().who(*a, x=1, **k), super().who(1, 2)
    def cm2(self):
        return super().cm(), super().sm(3), super().prop
    def missing(self):
        return super().nope()
    def klass(self):
        return super().__class__
class C(B):
    def get(self):
        return super().get() * 10
print(C(3).get(), B(2).get(), B(1).who(5))
print(B(0).cm2())
try:
    B(0).missing()
except AttributeError as e:
    print("AttributeError", e)
print(B(0).klass())
class D(A):
    def get(self):
        self = 5
        try:
            return super().get()
        except TypeError as e:
            return "TypeError " + str(e)
print(D(1).get())
class E(A):
    def get(self):
        del self
        try:
            return super().get()
        except RuntimeError as e:
            return "RuntimeError " + str(e)
print(E(1).get())
def free(*args):
    try:
        return super().get()
    except RuntimeError as e:
        return "RuntimeError " + str(e)
print(free(1))
class F(A):
    def get(self):
        super = lambda: A(99)
        return super().get()
print(F(1).get())
class G(A):
    def __init__(self):
        super().__init__(7)
    def get(self):
        return (lambda: super().get())() if False else super().get() + 1
    def __repr__(self):
        return "G(%d)" % super().get()
print(G().get(), repr(G()))
class H(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get(self, k, d=None):
        return ("H.get", super().get(k, d))
h = H(); h["a"] = 1
print(h, h.get("a"), h.get("z", 0))
class M(type):
    def __call__(cls, *a):
        return ("M.call", super().__call__(*a).v)
class I(A, metaclass=M):
    pass
print(I(4))
import builtins
class J(A):
    def get(self):
        return super().get()
real = builtins.super
builtins.super = lambda *a: real(J, J(100)) if not a else real(*a)
print(J(1).get())
builtins.super = real
print(J(2).get())
