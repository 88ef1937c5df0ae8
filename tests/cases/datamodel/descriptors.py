# Descriptors: data vs non-data precedence, __set_name__, __get__ on classes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__ if objtype else None)
class Data:
    def __get__(self, obj, objtype=None):
        return ("data", obj is None)
    def __set__(self, obj, value):
        print("  Data.__set__", value)
class SetOnly:
    def __set__(self, obj, value):
        print("  SetOnly.__set__", value)
class DelOnly:
    def __get__(self, obj, objtype=None):
        return "delonly get"
    def __delete__(self, obj):
        print("  DelOnly.__delete__")

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()
c = C()
t("nd class", lambda: C.nd)
t("nd inst", lambda: c.nd)
c.__dict__["nd"] = "shadow"
t("nd shadowed", lambda: c.nd)
c.__dict__["d"] = "shadow"
t("data wins", lambda: c.d)
c.d = 5
c.__dict__["so"] = "inst"
t("setonly get inst dict", lambda: c.so)
t("setonly class", lambda: type(C.so).__name__)
c.so = 1
t("do get", lambda: c.do)
c.__dict__["do"] = "inst do"
t("do data wins", lambda: c.do)
del c.do
def f1():
    c.do = 3
t("do set", f1)
def f2():
    del c.d
t("data del no __delete__", f2)
def f3():
    del c.nd
    return c.nd
t("nondata del inst", f3)
t("nondata del again", f2 and (lambda: delattr(c, "nd")))

class Named:
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value
class Host:
    a = Named()
    b = Named()
h = Host()
h.a = 10
print(h.a, h.b, Host.a.name)
class Later:
    pass
n = Named()
Later.z = n
print(hasattr(n, "name"))
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class X:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
    print(repr(e.__notes__) if hasattr(e, "__notes__") else "no notes")

class Meta(type):
    md = Data()
    mnd = NonData()
class WM(metaclass=Meta):
    mnd = "class attr"
t("meta data on class", lambda: WM.md)
t("meta nondata vs class attr", lambda: WM.mnd)
class WM2(metaclass=Meta):
    pass
t("meta nondata", lambda: WM2.mnd)
WM2.md = 7

class GetOnClass:
    def __get__(self, obj, objtype):
        return (obj, objtype)
class Holder:
    g = GetOnClass()
t("get on class", lambda: Holder.g[0] is None and Holder.g[1] is Holder)
t("get via inst", lambda: Holder().g[1] is Holder)
class SubHolder(Holder):
    pass
t("get via subclass", lambda: SubHolder.g[1] is SubHolder)

def plain(self, x=0):
    return ("plain", type(self).__name__, x)
t("func __get__", lambda: plain.__get__(5)(1))
t("func __get__ None", lambda: plain.__get__(None, int) is plain)
t("bound method self", lambda: plain.__get__(5).__self__)
t("bound method func", lambda: plain.__get__(5).__func__ is plain)
class UsesPlain:
    m = plain
t("method call", lambda: UsesPlain().m(3))
t("unbound via class", lambda: UsesPlain.m(1, 2))
um = UsesPlain().m
t("bound eq", lambda: (um == UsesPlain().m, um == um, UsesPlain.m is plain))
t("builtin not descriptor", lambda: (type("K", (), {"l": len})().l("ab")))
t("staticmethod obj callable", lambda: staticmethod(len)("abc"))
t("instance attr func not bound", lambda: (lambda o: (setattr(o, "f", plain), o.f(1, 2))[1])(UsesPlain()))
