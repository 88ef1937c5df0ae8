# type() three-arg form, vars(), dir() output for user classes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def meth(self):
    return "meth " + self.name
X = type("X", (), {"name": "x", "meth": meth, "__doc__": "docs"})
print(X.__name__, X.__qualname__, X.__module__, X.__doc__, X().meth())
Y = type("Y", (X,), {})
print(Y.__mro__ == (Y, X, object), Y().meth())
print(type(X) is type, X.__bases__)
Z = type("Z", (), {"__module__": "mymod"})
print(repr(Z))
print(repr(type("Empty", (), {})).startswith("<class '__main__.Empty'>"))
print("__dict__" in X.__dict__, "__weakref__" in X.__dict__)
class Cls:
    "doc"
    a = 1
    def f(self):
        pass
print(sorted(Cls.__dict__))
print(type(Cls.__dict__).__name__)
t("mappingproxy set", lambda: Cls.__dict__.__setitem__("x", 1))
t("mappingproxy getitem", lambda: Cls.__dict__["a"])
t("mappingproxy get", lambda: Cls.__dict__.get("zz", "d"))
t("mappingproxy len", lambda: len(Cls.__dict__) > 3)
t("mappingproxy in", lambda: "a" in Cls.__dict__)

class V:
    cls_attr = 1
    def __init__(self):
        self.x = 1
        self.y = 2
v = V()
print(vars(v))
print(vars(v) is v.__dict__)
t("vars class", lambda: sorted(vars(V)))
t("vars int", lambda: vars(5))
t("vars none", lambda: vars(None))
t("vars 2 args", lambda: vars(1, 2))
def f():
    a = 1
    b = 2
    return sorted(vars())
print(f())
import math
print("pi" in vars(math))
v.__dict__ = {"z": 3}
print(v.z, vars(v))
t("set dict non-dict", lambda: setattr(v, "__dict__", 5))
t("del dict", lambda: (delattr(v, "__dict__"), vars(v))[1])

class Dir:
    cls_attr = 1
    def method(self):
        pass
    def __init__(self):
        self.inst = 2
print(dir(Dir()))
print(dir(Dir))
class DirSub(Dir):
    sub_attr = 3
print(dir(DirSub()))
print(dir(object()))
print(dir(object))
print([n for n in dir(int) if not n.startswith("_")])
print([n for n in dir(list)])
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(dict)])
print([n for n in dir(type) if not n.startswith("__")])
print(dir(5) == dir(int))
class S:
    __slots__ = ("a", "b")
print(dir(S()))
def fn():
    pass
print(dir(fn))
print(dir(type(None)))
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    pass
print("meta_method" in dir(WithMeta), "meta_method" in dir(Meta))
print([n for n in dir(Exception())])
