class A:
    def who(self): return ["A"]
    def __init__(self, **kw): print("A init", kw)
class B(A):
    def who(self): return ["B"] + super().who()
    def __init__(self, b=0, **kw): print("B init", b); super().__init__(**kw)
class C(A):
    def who(self): return ["C"] + super().who()
    def __init__(self, c=0, **kw): print("C init", c); super().__init__(**kw)
class D(B, C):
    def who(self): return ["D"] + super().who()
    def __init__(self): super().__init__(b=1, c=2)
print([k.__name__ for k in D.__mro__])
d = D(); print(d.who(), super(B, d).who(), super(C, d).who())
print(super(D, D).who(d))
try:
    class E(A, B): pass
except TypeError as e:
    print(e)
class M:
    @classmethod
    def make(cls): return cls.__name__
class N(M):
    @classmethod
    def make(cls): return "N+" + super().make()
print(N.make(), N().make())
print(repr(super(D, d))[:20])
def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()
try:
    super(int, "x")
except TypeError as e:
    print(e)
