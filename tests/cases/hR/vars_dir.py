class A:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def meth(self):
        pass
a = A()
print(vars(a))
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(type(vars(A)).__name__)
vars(a)["c"] = 3
print(a.c)
for bad in [1, "s", [], None]:
    try:
        vars(bad)
    except Exception as e:
        print(type(e).__name__, e)
class S:
    __slots__ = ("x",)
try:
    vars(S())
except Exception as e:
    print(type(e).__name__, e)
try:
    vars(a, a)
except Exception as e:
    print(type(e).__name__, e)
def f():
    x = 1
    y = 2
    return sorted(vars())
print(f())
print([n for n in dir(a) if not n.startswith("__")])
print(dir(a) == sorted(dir(a)))
print("__init__" in dir(a), "__class__" in dir(a), "mro" in dir(A), "mro" in dir(type))
class D:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(D()))
class D2:
    def __dir__(self):
        return ("t", "s")
print(dir(D2()))
class D3:
    def __dir__(self):
        return 5
try:
    dir(D3())
except Exception as e:
    print(type(e).__name__, e)
class D4:
    def __dir__(self):
        return [1, "a"]
try:
    print(dir(D4()))
except Exception as e:
    print(type(e).__name__, e)
def g():
    local1 = 1
    local2 = 2
    return dir()
print(g())
import math
print("sqrt" in dir(math), "__name__" in dir(math))
try:
    dir(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(list) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(3) if not n.startswith("_")] == [n for n in dir(int) if not n.startswith("_")])
class E(Exception):
    pass
print([n for n in dir(E()) if not n.startswith("_")])
class Meta(type):
    def mm(cls):
        pass
class WithMeta(metaclass=Meta):
    pass
print("mm" in dir(WithMeta), "mm" in dir(WithMeta()))
