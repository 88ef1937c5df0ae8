class A:
    x = 1
    items = []
    def __init__(self): self.y = 2
a, b = A(), A()
a.x = 10
a.items.append("shared")
b.items = ["own"]
print(A.x, a.x, b.x, A.items, a.items, b.items, vars(a), vars(b), sorted(k for k in vars(A) if not k.startswith("__")))
del a.x
print(a.x)
A.x = 5
print(a.x, b.x)
class B(A):
    x = "B"
print(B().x, B.__mro__[1].x, super(B, B()).x if False else "", B.__dict__.get("y"), "y" in vars(B()))
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.count, vars(c1))
class Meth:
    def f(self): return "method"
m = Meth()
m.f = lambda: "instance attr"
print(m.f(), Meth.f(m), Meth().f())
del m.f
print(m.f())
class Prop:
    @property
    def p(self): return "property"
pr = Prop()
try:
    pr.__dict__["p"] = "in dict"
    print(pr.p, pr.__dict__)
except Exception as e: print(type(e).__name__, e)
class ClsVsInst:
    def __init__(self): self.__dict__["name"] = "inst"
    name = "cls"
print(ClsVsInst().name, ClsVsInst.name)
class Order:
    def __init__(self):
        self.z = 1; self.a = 2; self.m = 3
o = Order(); del o.a; o.a = 4
print(vars(o), list(o.__dict__), dir(o)[-3:])
class Private:
    __secret = "s"
    def get(self): return self.__secret
    def __dunder__(self): return "dunder not mangled"
p = Private()
print(p.get(), p._Private__secret, hasattr(p, "__secret"), p.__dunder__())
try: p.__secret
except AttributeError as e: print("AttributeError", e)
class Sub(Private):
    def get2(self):
        try: return self.__secret
        except AttributeError as e: return "AttributeError " + str(e)
print(Sub().get2())
def outside(): return Private._Private__secret
print(outside())
class _Under:
    __x = 1
print(_Under._Under__x if hasattr(_Under, "_Under__x") else [k for k in vars(_Under) if "x" in k])
class __Dunder:
    __y = 2
print([k for k in vars(__Dunder) if "y" in k])
