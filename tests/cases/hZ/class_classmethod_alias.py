class K:
    count = 0
    @classmethod
    def make(cls, *a): cls.count += 1; return cls, a
    create = make
    @staticmethod
    def util(x): return x * 2
    helper = util
class Sub(K): pass
print(K.create(1)[1], Sub.create()[0].__name__, Sub.count, K.count, K.helper(3), Sub().helper(4))
cm = K.__dict__["make"]
print(type(cm).__name__, cm.__func__.__name__, K.make.__self__.__name__, K.make.__func__ is cm.__func__)
sm = K.__dict__["util"]
print(type(sm).__name__, sm.__func__(5), sm(6))
print(K.make == K.create, K.util is K.helper)
m = K().make
print(m.__self__.__name__, m.__name__, m.__qualname__)
def plain(cls): return cls.__name__
K.p = classmethod(plain)
print(K.p(), Sub.p())
class P:
    @classmethod
    @property
    def cp(cls): return cls.__name__ + "!"
print(P.cp)
print(classmethod(len).__func__, staticmethod(len)("abc"))
