# C3 linearisation, MRO errors, __bases__ handling, mro() override.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
def names(c):
    return [k.__name__ for k in c.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(Z))
print(Z.mro() == list(Z.__mro__))
print([b.__name__ for b in Z.__bases__], Z.__base__.__name__)

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print(e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(e)
try:
    class Order(O, A):
        pass
except TypeError as e:
    print(e)
try:
    class FinalBool(bool):
        pass
except TypeError as e:
    print(e)
for name in ["NoneType", "function", "range", "slice", "memoryview", "ellipsis"]:
    tp = {"NoneType": type(None), "function": type(t), "range": range, "slice": slice,
          "memoryview": memoryview, "ellipsis": type(...)}[name]
    try:
        type("S", (tp,), {})
    except TypeError as e:
        print(e)
try:
    class L(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class IS(int, str):
        pass
except TypeError as e:
    print(e)
class ExcMix(Exception, X): pass
print(names(ExcMix))
class IntX(int, X): pass
print(names(IntX), IntX(5) + 1)

class ReMeta(type):
    def mro(cls):
        return [cls, X, object]
class Custom(metaclass=ReMeta):
    pass
print(names(Custom))
print(names(bool), names(type), names(object))
print(object.__bases__, object.__base__, type.__base__.__name__)
t("issubclass", lambda: (issubclass(Z, O), issubclass(Z, (int, A)), issubclass(bool, int)))
t("issubclass nonclass", lambda: issubclass(1, int))
t("issubclass bad 2nd", lambda: issubclass(int, 1))
t("issubclass bad tuple", lambda: issubclass(int, (int, 1)))
t("subclasses", lambda: sorted(c.__name__ for c in O.__subclasses__()))
t("set __bases__", lambda: (setattr(K3, "__bases__", (A,)), names(K3))[1])
t("set __bases__ bad", lambda: setattr(K3, "__bases__", ()))
t("set __bases__ builtin", lambda: setattr(int, "__bases__", (object,)))
t("__mro__ readonly", lambda: setattr(K3, "__mro__", ()))
t("set __name__", lambda: (setattr(X, "__name__", "XX"), X.__name__, X.__qualname__)[1:])
t("set __name__ bad", lambda: setattr(X, "__name__", 5))
t("set int __name__", lambda: setattr(int, "__name__", "q"))
t("__module__", lambda: (X.__module__, int.__module__, type(t).__module__))
t("set __qualname__", lambda: (setattr(Y, "__qualname__", "Q.Y"), repr(Y))[1])
t("set __doc__", lambda: (setattr(Y, "__doc__", "d"), Y.__doc__)[1])
