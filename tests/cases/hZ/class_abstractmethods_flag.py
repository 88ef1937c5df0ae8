class A: pass
A.__abstractmethods__ = frozenset({'f'})
try:
    A()
except TypeError as e:
    print(e)
class B(A): pass
print(type(B()).__name__)
A.__abstractmethods__ = frozenset()
print(type(A()).__name__)
A.__abstractmethods__ = ['g', 'h']
try:
    A()
except TypeError as e:
    print(e)
del A.__abstractmethods__
print(type(A()).__name__)
try:
    del A.__abstractmethods__
except AttributeError as e:
    print(e)
from abc import ABC, abstractmethod
class Q(ABC):
    @abstractmethod
    def f(self): ...
class R(Q): pass
class S(Q):
    def f(self): return 1
for c in (Q, R, S):
    try:
        print(type(c()).__name__)
    except TypeError as e:
        print(e)
R.f = lambda self: 2
import abc; abc.update_abstractmethods(R); print(R().f())
class Body:
    __abstractmethods__ = frozenset({"x"})
print(type(Body()).__name__, Body.__abstractmethods__)
