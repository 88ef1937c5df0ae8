class A:
    def __new__(cls, *a, **k):
        print("A.__new__", cls.__name__, a, k)
        return super().__new__(cls)
    def __init__(self, x=0, **k):
        print("A.__init__", x, k)
A(1, y=2)
class B:
    def __new__(cls, x):
        return 42
    def __init__(self, x): print("never")
print(B(1))
class C:
    def __new__(cls): return object.__new__(D)
class D(C):
    def __init__(self): print("D init runs?")
print(type(C()).__name__)
class E:
    def __init__(self): return 5
try: E()
except TypeError as e: print("TypeError", e)
class F: pass
try: F(1)
except TypeError as e: print("TypeError", e)
try: F(x=1)
except TypeError as e: print("TypeError", e)
class G:
    def __new__(cls, *a): return super().__new__(cls, *a)
try: G(1)
except TypeError as e: print("TypeError", e)
class H:
    def __init__(self, *a): super().__init__(*a)
try: H(1)
except TypeError as e: print("TypeError", e)
class I:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__()
print(type(I(1, 2)).__name__)
try: object.__new__(I, 1)
except TypeError as e: print("TypeError", e)
class J:
    def __init__(self, a, b): pass
try: J(1)
except TypeError as e: print("TypeError", e)
try: J(1, 2, 3)
except TypeError as e: print("TypeError", e)
try: J(1, c=3)
except TypeError as e: print("TypeError", e)
class K:
    __init__ = 5
try: K()
except TypeError as e: print("TypeError", e)
class L:
    @staticmethod
    def __new__(cls): return "static new " + cls.__name__
print(L())
class M(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
m = M(5, "e"); print(m, m.extra, m + 1)
class N(str):
    def __init__(self, v):
        super().__init__()
        self.orig = v
n = N("hi"); print(n, n.orig, n.upper())
class O(list):
    def __init__(self, *args):
        super().__init__(args)
print(O(1, 2, 3))
class P(dict):
    def __init__(self, **kw):
        super().__init__()
        for k, v in kw.items(): self[k.upper()] = v
print(P(a=1))
class Q(tuple):
    def __init__(self, *a): print("Q init", a)
print(Q([1, 2]))
class Immutable:
    __slots__ = ()
    def __setattr__(self, k, v): raise AttributeError(f"cannot set {k!r}")
try: Immutable().x = 1
except AttributeError as e: print("AttributeError", e)
class Fact:
    _count = 0
    def __new__(cls):
        cls._count += 1
        inst = super().__new__(cls)
        inst.n = cls._count
        return inst
print(Fact().n, Fact().n, Fact._count)
class WithInitSubclass:
    def __init_subclass__(cls): cls.created = True
class Child(WithInitSubclass): pass
print(Child.created, "created" in WithInitSubclass.__dict__)
try: int.__init__(5, 6, 7)
except TypeError as e: print("TypeError", e)
print(object.__init__(object()), type.__call__(F).__class__.__name__)
try: type.__new__(F)
except TypeError as e: print("TypeError", e)
try: F.__new__()
except TypeError as e: print("TypeError", e)
try: object.__new__(5)
except TypeError as e: print("TypeError", e)
try: list.__new__(tuple)
except TypeError as e: print("TypeError", e)
print(list.__new__(list), dict.__new__(dict), tuple.__new__(tuple, "ab"), str.__new__(str, 5), int.__new__(int, "7"))
