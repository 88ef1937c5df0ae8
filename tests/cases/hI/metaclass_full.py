class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        print("made", type(inst).__name__)
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via OrderedMeta>"
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter("ab")
    def __contains__(cls, x): return x == 3

class A(metaclass=OrderedMeta, flag=True):
    z = 1
    def m(self): return self
    a = 2
    def __init__(self, v=0): self.v = v
print(A, A.injected, len(A), A[5], list(A), 3 in A, 4 in A)
x = A(1, )
y = A(v=2)
print(x.v, y.v, type(A).__name__, type(type(A)).__name__)
class B(A): pass
print(B, isinstance(B, OrderedMeta))

class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError", e)
class M3(M1, M2): pass
class Z2(X, Y, metaclass=M3): pass
print(type(Z2).__name__)
class Sub1(M1): pass
class Q(X, metaclass=Sub1): pass
print(type(Q).__name__)
class R(Q, X): pass
print(type(R).__name__)
T = type("T", (A,), {"k": 5})
print(T, T.k, T.__mro__)
T2 = type("T2", (), {})
print(T2.__name__, T2.__qualname__, T2.__module__, T2.__bases__)
try: type("bad", 1, {})
except TypeError as e: print("TypeError", e)
try: type("bad", (), [])
except TypeError as e: print("TypeError", e)
try: type(1, 2)
except TypeError as e: print("TypeError", e)
def func_meta(name, bases, ns):
    print("func_meta", name, bases, sorted(k for k in ns if not k.startswith('__')))
    return 42
class F(metaclass=func_meta):
    q = 1
print(F)
class NS(type):
    def __prepare__(name, bases): return 5
try:
    class Bad(metaclass=NS): pass
except TypeError as e:
    print("TypeError", e)
class Abstract(type):
    def __call__(cls, *a):
        raise TypeError(f"cannot instantiate {cls.__name__}")
class Ab(metaclass=Abstract): pass
try: Ab()
except TypeError as e: print("TypeError", e)
print(A.__class__.__mro__)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **kw):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **kw)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self): print("S init")
print(S() is S())
