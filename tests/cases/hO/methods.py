class A:
    def m(self, x=1):
        return x
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(a, b=2):
        return a + b
    def __repr__(self):
        return "A()"

a = A()
bm = a.m
print(bm.__self__, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm.__doc__)
print(a.m == a.m, a.m is a.m, A.m is A.m, A().m == A().m, hash(a.m) == hash(a.m))
print(type(bm).__name__, type(A.m).__name__, type(A.c).__name__, type(A.s).__name__)
print(A.c(), a.c(), A.s(1), a.s(1, 3), A.c.__self__, A.c.__func__.__name__)
print(type(A.__dict__["c"]).__name__, type(A.__dict__["s"]).__name__)
print(A.__dict__["s"].__func__(5), A.__dict__["c"].__func__(A))
print(A.__dict__["s"](4))
print(repr(A.__dict__["s"])[:20].startswith("<staticmethod"), repr(A.__dict__["c"]).startswith("<classmethod"))
print(str.upper, int.__add__, [].append.__self__, [1].append.__name__, type([].append).__name__)
print(str.upper.__name__, str.upper.__qualname__, str.upper.__objclass__, type(str.upper).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, type(int.__add__).__name__)
print(dict.fromkeys, type(dict.fromkeys).__name__)  if False else print(type(dict.__dict__["fromkeys"]).__name__)
print(str.upper("abc"), int.__add__(3, 4), list.append, object.__init__)
print(type(object.__init__).__name__, type(object.__new__).__name__, type(object().__str__).__name__)
print(type(len).__name__, len, print.__name__, len.__self__)
print(type((1).__add__).__name__, (1).__add__.__self__, "x".upper.__self__)
print(repr(int.real)[:30], type(int.real).__name__)
print(type(A.__dict__["__repr__"]).__name__)
print(A.m.__get__(a)(), A.m.__get__(a, A)(7), A.__dict__["c"].__get__(None, A)())
import types
bm2 = types.MethodType(A.m, 42)
print(bm2(), bm2.__self__)
def free(self, y):
    return (self, y)
a.bound = types.MethodType(free, a)
print(a.bound(1))
a.plain = free
try:
    a.plain(1)
except Exception as e:
    print(type(e).__name__, e)
print(callable(a.m), callable(A), callable(a), callable(A.s), callable(len), callable(None), callable(type))
class CallMe:
    def __call__(self, *a):
        return a
print(callable(CallMe()), CallMe()(1, 2))
inst = CallMe()
inst.__call__ = lambda: "inst"
print(inst(), inst.__call__())
try:
    A.m()
except Exception as e:
    print(type(e).__name__, e)
try:
    a.m(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    A.s()
except Exception as e:
    print(type(e).__name__, e)
try:
    a.c(1)
except Exception as e:
    print(type(e).__name__, e)
print(staticmethod(len)("abc"), classmethod(lambda c: c).__func__(1))
sm = staticmethod(free)
print(sm.__func__ is free, sm.__wrapped__ is free, sm.__name__, sm.__doc__)
try:
    bm.x = 1
except Exception as e:
    print(type(e).__name__, e)
A.m.attr = "fa"
print(a.m.attr)
print(str.join.__self__ if hasattr(str.join, "__self__") else "noself", "abc".join.__self__)
print(type(int.from_bytes).__name__, int.from_bytes.__self__)
print(dict.fromkeys.__self__, type(dict.fromkeys).__name__)
