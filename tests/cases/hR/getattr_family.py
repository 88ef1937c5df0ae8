class P:
    x = 1
    @property
    def attr_err(self):
        raise AttributeError("inner missing")
    @property
    def val_err(self):
        raise ValueError("not attr")
    @property
    def ro(self):
        return 5
o = P()
def t(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
t(getattr, o, "x")
t(getattr, o, "y")
t(getattr, o, "y", None)
t(getattr, o, "attr_err")
t(getattr, o, "attr_err", "dflt")
t(getattr, o, "val_err", "dflt")
t(hasattr, o, "attr_err")
t(hasattr, o, "val_err")
t(hasattr, o, "x")
t(getattr, o, 1)
t(getattr, o, 1, None)
t(hasattr, o, None)
t(setattr, o, 5, 1)
t(delattr, o, b"x")
t(getattr, o)
t(getattr, o, "x", 1, 2)
t(setattr, o, "ro", 1)
t(delattr, o, "ro")
t(delattr, o, "nope")
t(setattr, o, "new", 3)
t(getattr, o, "new")
t(delattr, o, "new")
t(getattr, o, "new", "gone")
t(setattr, 1, "real", 2)
t(setattr, 1, "foo", 2)
t(getattr, 1, "foo")
t(getattr, None, "foo")
t(getattr, int, "foo")
print(type(getattr([], "append")).__name__)
t(delattr, [], "append")
t(setattr, object(), "a", 1)
print(type(getattr(P, "ro")).__name__)
t(setattr, P, "y", 7)
t(getattr, o, "y")
t(delattr, P, "y")
t(delattr, P, "y")
t(setattr, str, "foo", 1)
t(getattr, o, "x\0y", 0)
import math
t(getattr, math, "nosuch")
t(getattr, math, "pi")
class GA:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = GA()
t(getattr, g, "dynamo")
t(getattr, g, "other")
t(getattr, g, "other", 0)
t(hasattr, g, "dyn")
class GAttr:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback-" + name
t(getattr, GAttr(), "zz")
t(getattr, GAttr(), "boom", 1)
t(hasattr, GAttr(), "boom")
class Slots:
    __slots__ = ("a",)
s = Slots()
t(getattr, s, "a")
t(setattr, s, "b", 1)
t(setattr, s, "a", 1)
t(getattr, s, "a")
t(delattr, s, "a")
t(delattr, s, "a")
class SetA:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print("delattr", k)
x = SetA()
x.q = 4
print(x.q)
del x.q
print(x.q)
t(setattr, x, "r", 1)
