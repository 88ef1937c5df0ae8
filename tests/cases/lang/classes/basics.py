class A:
    'doc of A'
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class B(A):
    x = 2
    def get(self):
        return 'B' + str(super().get())
b = B(5)
print(b.get(), B.x, A.x, B.__doc__, A.__doc__, B.__mro__)
print(A.__name__, A.__qualname__, A.__module__, B.get.__qualname__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    class Local:
        def m(self): pass
    return Local
print(fn().__qualname__, fn().m.__qualname__)
class Empty: pass
class Empty2(): pass
print(Empty.__bases__, Empty2.__bases__)
class Multi(Empty, Empty2): pass
print([c.__name__ for c in Multi.__mro__])
