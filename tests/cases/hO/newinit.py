class A:
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("init", x, y)
A(1, y=2)
class B:
    pass
for args in [(1,), (), ]:
    try:
        B(*args)
        print("ok", args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    object.__new__(B, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    object(1)
except Exception as e:
    print(type(e).__name__, e)
class C:
    def __init__(self, a):
        self.a = a
try:
    object.__new__(C, 1)
    print("ok C")
except Exception as e:
    print(type(e).__name__, e)
class D:
    def __new__(cls, a):
        return object.__new__(cls, a)
try:
    D(1)
except Exception as e:
    print(type(e).__name__, e)
class E:
    def __new__(cls, a):
        return super().__new__(cls)
    def __init__(self, a):
        super().__init__(a)
try:
    E(1)
except Exception as e:
    print(type(e).__name__, e)
class F:
    def __init__(self, a):
        super().__init__()
        self.a = a
print(F(3).a)
class G:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(G())
class H:
    def __new__(cls):
        return object.__new__(A)
    def __init__(self):
        print("H init never")
h = H()
print(type(h).__name__)
class Sub(H):
    pass
class I:
    def __new__(cls, *a):
        return object.__new__(J)
class J(I):
    def __init__(self, *a):
        print("J init", a)
I(5)
try:
    object.__init__(B(), 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    B().__init__(1)
except Exception as e:
    print(type(e).__name__, e)
class K:
    def __init__(self):
        return 5
try:
    K()
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__new__()
except Exception as e:
    print(type(e).__name__, e)
try:
    int.__new__(object)
except Exception as e:
    print(type(e).__name__, e)
try:
    list.__new__(tuple)
except Exception as e:
    print(type(e).__name__, e)
class L(list):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(L([1, 2]), L())
class T(tuple):
    def __init__(self, *a):
        print("T init", a)
print(T([1, 2]))
try:
    T(1, 2)
except Exception as e:
    print(type(e).__name__, e)
class SN:
    @staticmethod
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
print(SN(9).v)
class NoNew:
    __new__ = None
try:
    NoNew()
except Exception as e:
    print(type(e).__name__, e)
class NoInit:
    __init__ = None
try:
    NoInit()
except Exception as e:
    print(type(e).__name__, e)
class M(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class WithMeta(metaclass=M):
    def __init__(self, x):
        self.x = x
print(WithMeta(4).x)
