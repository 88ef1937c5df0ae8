class A:
    _registry = {"a": 1}
    @classmethod
    @property
    def registry(cls):
        return f"registry of {cls.__name__}: {cls._registry}"
    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)
    @staticmethod
    def util(x):
        return x * 2
class B(A): pass
print(A.registry)
print(B.registry)
print(A().registry)
print(A.make(1), B.make(), B().make(2))
print(A.util(3), A().util(4))
cm = A.__dict__['make']
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__.__name__)
print(cm.__get__(None, B)(), cm.__get__(A())())
sm = A.__dict__['util']
print(type(sm).__name__, sm.__func__(5), sm(6), sm.__wrapped__(1))
print(callable(sm), callable(cm))
try:
    cm(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    classmethod()
except Exception as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except Exception as e:
    print(type(e).__name__, e)
c5 = classmethod(5)
class C:
    x = c5
try:
    C.x()
except Exception as e:
    print(type(e).__name__, e)
s5 = staticmethod(5)
class D:
    x = s5
print(D.x)
def f(): "fdoc"
print(classmethod(f).__doc__, staticmethod(f).__doc__, classmethod(f).__name__)
print(staticmethod(f).__qualname__, classmethod(f).__module__)
class SubCM(classmethod):
    pass
class E:
    @SubCM
    def m(cls):
        return cls.__name__
print(E.m(), E().m(), type(E.__dict__['m']).__name__)
print(isinstance(A.__dict__['make'], classmethod), isinstance(A.make, classmethod))
print(type(A.make).__name__, A.make.__self__ is A, A.make.__func__ is cm.__func__)
print(A.make == A.make, A.make is A.make, B.make == A.make)
import abc
class Abst(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def cmeth(cls): ...
print(Abst.__dict__['cmeth'].__isabstractmethod__)
