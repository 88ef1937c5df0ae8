class NonData:
    def __get__(self, obj, typ=None): return "nondata"
class Data:
    def __get__(self, obj, typ=None): return "data"
    def __set__(self, obj, v): print("set", v)
class SetOnly:
    def __set__(self, obj, v): obj.__dict__["so"] = v * 10
class A:
    nd = NonData()
    d = Data()
    so = SetOnly()
a = A()
a.__dict__["nd"] = "inst"; a.__dict__["d"] = "inst"
print(a.nd, a.d, A.nd, A.d)
a.d = 5
a.so = 2; print(a.so, type(A.__dict__["so"]).__name__)
class Named:
    def __set_name__(self, owner, name): self.name = name; print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
class B:
    f = Named()
    g = Named()
b = B(); print(b.f, B.f.name)
class Del:
    def __get__(self, o, t): return 1
    def __delete__(self, o): print("delete called")
class C:
    x = Del()
del C().x
c = C()
try:
    c.x = 2
except AttributeError as e:
    print(e)
def fn(self): return "method"
class D: pass
D.m = fn
print(D().m(), fn.__get__(D())(), type(fn.__get__(None, D)).__name__)
