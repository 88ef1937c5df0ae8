for args in [(), (1,), ("A",), ("A", ()), ("A", (), {}, 1), (b"A", (), {}), ("A", (int,), {"x": 1})]:
    try:
        r = type(*args)
        print(r if not isinstance(r, type) else (r.__name__, r.__bases__))
    except Exception as e:
        print(type(e).__name__, e)
try:
    type.__new__(int, "X", (), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type.__new__(5, "X", (), {})
except Exception as e:
    print(type(e).__name__, e)
try:
    type.__new__(type)
except Exception as e:
    print(type(e).__name__, e)
X = type.__new__(type, "X", (), {"a": 1})
print(X.__name__, X.a)
try:
    type.__init__(X, "X", (), {}, extra=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    type.__init__(X, 1, 2)
except Exception as e:
    print(type(e).__name__, e)
type.__init__(X, "whatever", (), {})
print(X.__name__)
print(type.__call__(int, "5"), type.__call__(X).__class__.__name__)
try:
    type.__call__(5)
except Exception as e:
    print(type(e).__name__, e)
class M(type):
    pass
Y = M("Y", (X,), {})
print(type(Y).__name__, Y.__bases__[0].__name__, Y.__mro__[-1].__name__)
Z = type(Y)("Z", (), {})
print(type(Z).__name__)
try:
    type("Q", (type,), {})("q", (), {})
    print("metaclass of metaclass ok")
except Exception as e:
    print(type(e).__name__, e)
print(type(type), type(object), type.__bases__, object.__bases__, type.__mro__)
print(isinstance(type, object), isinstance(object, type), issubclass(type, object))
try:
    type.mro()
except Exception as e:
    print(type(e).__name__, e)
print(int.mro(), type.mro(type))
class Rev(type):
    def mro(cls):
        return [cls, object]
class A: pass
class B(A, metaclass=Rev): pass
print([k.__name__ for k in B.__mro__])
class BadMro(type):
    def mro(cls):
        return [1]
try:
    class BB(metaclass=BadMro): pass
except Exception as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except Exception as e:
    print(type(e).__name__, e)
class P1: pass
class P2(P1): pass
try:
    class Inc(P1, P2): pass
except Exception as e:
    print(type(e).__name__, e)
