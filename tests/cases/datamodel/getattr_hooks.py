# __getattr__, __getattribute__, __setattr__, __delattr__, __dir__ and their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class GA:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return "dyn:" + name
        raise AttributeError("no " + name)
g = GA()
t("normal", lambda: g.x)
t("dyn", lambda: g.dyn_a)
t("missing", lambda: g.zzz)
t("getattr default", lambda: getattr(g, "zzz", "D"))
t("hasattr", lambda: (hasattr(g, "dynq"), hasattr(g, "q")))

class GAB:
    def __init__(self):
        self.real = "r"
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        if name == "key":
            raise KeyError("key err")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = GAB()
t("real", lambda: b.real)
t("boom", lambda: b.boom)
t("keyerr", lambda: b.key)
t("missing", lambda: b.nothere)
t("hasattr keyerr", lambda: hasattr(b, "key"))
t("getattr dflt keyerr", lambda: getattr(b, "key", 0))

class Log:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("  delattr", name)
        if name == "protected":
            raise AttributeError("cannot delete " + name)
        object.__delattr__(self, name)
l = Log()
l.a = 5
print(l.a, vars(l))
setattr(l, "b", 1)
del l.a
t("del protected", lambda: delattr(l, "protected"))
t("del missing", lambda: delattr(l, "missing"))
print(vars(l))

class P:
    pass
p = P()
t("missing attr", lambda: p.foo)
t("class missing", lambda: P.foo)
def d1():
    del p.foo
t("del missing", d1)
t("int attr", lambda: (5).foo)
t("int set", lambda: setattr(5, "foo", 1))
t("int del", lambda: delattr(5, "real"))
t("int set real", lambda: setattr(5, "real", 1))
t("str method set", lambda: setattr("", "join", 1))
t("list set", lambda: setattr([], "x", 1))
t("object set", lambda: setattr(object(), "x", 1))
t("builtin type set", lambda: setattr(int, "x", 1))
t("builtin type del", lambda: delattr(int, "x"))
t("builtin type set existing", lambda: setattr(list, "append", 1))
t("module missing", lambda: __import__("math").nothere)
t("None attr", lambda: None.foo)
t("getattr nonstr", lambda: getattr(p, 1))
t("setattr nonstr", lambda: setattr(p, 1, 2))
t("delattr nonstr", lambda: delattr(p, 1))
t("hasattr nonstr", lambda: hasattr(p, 1))
t("getattr 1 arg", lambda: getattr(p))
t("type missing", lambda: type.foo)
t("func missing", lambda: t.foo)
t("func set ok", lambda: (setattr(t, "foo", 3), t.foo))
class StrSub(str):
    pass
p2 = P()
setattr(p2, StrSub("abc"), 1)
t("str sub name", lambda: (p2.abc, [type(k).__name__ for k in vars(p2)]))

class D:
    def __dir__(self):
        return ["b", "a", "c", "a"]
t("dir custom", lambda: dir(D()))
class DT:
    def __dir__(self):
        return ("z", "y")
t("dir tuple", lambda: dir(DT()))
class DBad:
    def __dir__(self):
        return 5
t("dir bad", lambda: dir(DBad()))

class SetattrSuper:
    def __setattr__(self, name, value):
        super().__setattr__(name, value + 1)
s = SetattrSuper()
s.x = 1
print(s.x)
t("object.__setattr__ on type", lambda: object.__setattr__(int, "x", 1))
t("type.__setattr__ on P", lambda: (type.__setattr__(P, "y", 3), P.y))
t("object.__getattribute__ name", lambda: object.__getattribute__(p, 5))
