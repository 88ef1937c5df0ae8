class A: pass
class B(A): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
try:
    class D(A, A): pass
except TypeError as e: print(e)
try:
    class E(1): pass
except TypeError as e: print(e)
try:
    class F(bool): pass
except TypeError as e: print(e)
try:
    class G(int, str): pass
except TypeError as e: print(e)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
try: s.c = 1
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
try: s.__dict__
except AttributeError as e: print(e)
print(S.a, type(S.a).__name__)
class S2(S):
    __slots__ = ['c']
print(S2.__slots__)
try:
    class S3:
        __slots__ = ('a',)
        a = 1
except ValueError as e: print(e)
try:
    class S4(int): __slots__ = ('x',)
except TypeError as e: print(e)
class S5:
    __slots__ = '__dict__'
s5 = S5(); s5.q = 1; print(s5.__dict__)
class Sup:
    def m(self): return 'Sup.m'
class Sub(Sup):
    def m(self): return 'Sub>' + super().m()
    def n(self):
        def inner(): return super().m()
        try: return inner()
        except RuntimeError as e: return str(e)
    @classmethod
    def c(cls): return super().m
    @staticmethod
    def st():
        try: return super().m()
        except RuntimeError as e: return str(e)
print(Sub().m(), Sub().n(), Sub.c().__qualname__ if hasattr(Sub.c(), '__qualname__') else '', Sub.st())
print(super(Sub, Sub()).m(), repr(super(Sub, Sub))[:20])
try: super(Sub, 1)
except TypeError as e: print(e)
try: super(1, 1)
except TypeError as e: print(e)
class WithClassCell:
    def m(self): return __class__
print(WithClassCell().m().__name__)
class Meta(type):
    def __call__(cls, *a, **k):
        print('Meta.__call__', a, k)
        return super().__call__(*a, **k)
class Inst(metaclass=Meta):
    def __new__(cls, *a):
        print('__new__', a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('__init__', a)
Inst(1, 2)
class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NewReturnsOther())
class InitReturns:
    def __init__(self): return 1
try: InitReturns()
except TypeError as e: print(e)
try: object.__new__(int)
except TypeError as e: print(e)
try: int.__new__(str)
except TypeError as e: print(e)
class NoInit:
    pass
try: NoInit(1)
except TypeError as e: print(e)
class OnlyNew:
    def __new__(cls, x): return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
try: object.__new__(OnlyNew, 1)
except TypeError as e: print(e)
print(type.__mro__, type(type), type(object), object.__bases__, type.__bases__)
T = type('T', (A,), {'x': 1, '__module__': 'mymod'})
print(T.__name__, T.__qualname__, T.__module__, T.x, T.__mro__[1].__name__)
try: type('T', 1, {})
except TypeError as e: print(e)
try: type('T', (), [])
except TypeError as e: print(e)
try: type(1, 2)
except TypeError as e: print(e)
class Cls:
    pass
Cls.__name__ = 'Renamed'
print(Cls.__name__, Cls.__qualname__, repr(Cls))
try: Cls.__name__ = 5
except TypeError as e: print(e)
try: int.x = 1
except TypeError as e: print(e)
try: del int.real
except TypeError as e: print(e)
try: Cls.__bases__ = (int,)
except TypeError as e: print(e)
class P1: pass
class P2: pass
class Ch(P1): pass
Ch.__bases__ = (P2,)
print(Ch.__mro__)
o = Ch()
o.__class__ = P1
print(type(o).__name__)
try: o.__class__ = int
except TypeError as e: print(e)
try: (1).__class__ = bool
except TypeError as e: print(e)
