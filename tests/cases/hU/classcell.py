class A:
    def who(self):
        return __class__
    def sup(self):
        return super()
print(A().who() is A, A.who.__code__.co_freevars, type(A().sup()).__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("classcell in ns:", "__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class B(metaclass=Meta):
    def f(self):
        return __class__
print(B().f() is B)
class DropCell(type):
    def __new__(m, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns)
try:
    class C(metaclass=DropCell):
        def f(self):
            return __class__
    print("created")
    try:
        C().f()
    except Exception as e:
        print(type(e).__name__, e)
except Exception as e:
    print(type(e).__name__, e)
class Wrong(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns)
class Replace(type):
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, dict(ns))
        return type.__new__(m, name + "2", bases, {"__classcell__": ns["__classcell__"]} if "__classcell__" in ns else {})
try:
    class D(metaclass=Replace):
        def f(self):
            return __class__
except Exception as e:
    print(type(e).__name__, e)
try:
    type("E", (), {"__classcell__": 5})
except Exception as e:
    print(type(e).__name__, e)
class F:
    def f(self):
        __class__ = 5
        return __class__
print(F().f())
class G:
    def g(self):
        return [__class__ for _ in range(1)][0]
print(G().g() is G)
class H:
    __class__ = int
    def h(self):
        return __class__
print(H().h() is H, H.__class__, H().__class__)
def outside():
    try:
        return __class__
    except NameError as e:
        return str(e)
print(outside())
class K:
    @staticmethod
    def s():
        return __class__
    @classmethod
    def c(cls):
        return __class__, cls
print(K.s() is K, K.c()[0] is K)
class Sub(K): pass
print(Sub.c()[0] is K, Sub.c()[1] is Sub)
