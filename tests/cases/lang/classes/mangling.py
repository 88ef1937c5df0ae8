class A:
    __private = 1
    _single = 2
    __dunder__ = 3
    def __m(self): return 'mangled'
    def call(self): return self.__m(), self.__private, A.__private
    def names(self):
        __local = 5
        return __local, sorted(locals())
print(A().call(), A._A__private, A._single, A.__dunder__, A().names())
print(sorted(k for k in vars(A) if 'private' in k or '__m' in k))
class _Under:
    __x = 1
print([k for k in vars(_Under) if 'x' in k])
class __Dunders:
    __y = 1
print([k for k in vars(__Dunders) if 'y' in k])
class B:
    def f(self):
        import os.path as __p
        return __p.__name__
print(B().f())
class C:
    __slots__ = ('__s',)
    def __init__(self): self.__s = 1
print(C.__slots__, hasattr(C(), '_C__s'))
class D:
    def get(self, o):
        return o.__secret
class E:
    _D__secret = 'found'
print(D().get(E()))
class G:
    def f(self, __a):
        return __a
print(G().f(1), G.f.__code__.co_varnames)
