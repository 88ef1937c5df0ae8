log = print
class Desc:
    def __init__(self, tag): self.tag = tag; log("Desc init", tag)
    def __set_name__(self, owner, name): log("set_name", self.tag, owner.__name__, name)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log("prepare", name, [b.__name__ for b in bases], kw); return {}
    def __new__(mcs, name, bases, ns, **kw):
        log("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        log("meta new done", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log("meta init", name, kw); super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log("meta call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        log("meta call done"); return inst
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        log("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
    def __new__(cls, *a, **k):
        log("new", cls.__name__, a, k); return super().__new__(cls)
    def __init__(self, *a, **k):
        log("init", type(self).__name__, a, k)
def deco(name):
    def d(c):
        log("class deco", name, c.__name__); return c
    return d
@deco("outer")
@deco("inner")
class Child(Base, extra=2):
    log("body start")
    a = Desc("a")
    b = Desc("b")
    def m(self): pass
    log("body end")
Child(1, k=2)
class Plain:
    def __new__(cls, x):
        log("plain new", x); 
        return object.__new__(Other) if x == "other" else super().__new__(cls)
    def __init__(self, x): log("plain init", x)
class Other:
    def __init__(self, *a): log("other init (should not run)")
print(type(Plain("self")).__name__, type(Plain("other")).__name__)
def fdeco(tag):
    log("deco factory", tag)
    def d(f):
        log("decorating", f.__name__, tag); return f
    return d
@fdeco("1")
@fdeco("2")
def fn(a=log("default evaluated") or 1, *, b=log("kw default") or 2) -> log("annotation") or int: pass
class WithKw:
    x: log("class annotation") or int = log("class value") or 3
print(WithKw.__annotations__)
d = {log("key1") or "k1": log("val1") or 1, log("key2") or "k2": log("val2") or 2}
l = [log("e1"), log("e2")]
f = lambda: 0
(log("callee") or f)(*[log("arg1")], **{log("kwkey") or "x": log("kwval")}) if False else None
x = [0]
x[log("index") or 0] = log("rhs") or 5
a = b = log("chain") or 7
print(a, b)
def order(*a): return a
print(order(log("A") or 1, log("B") or 2, *[log("C") or 3], k=log("D") or 4) if False else None)
print(log("L") or 1 < (log("R") or 2))
print({log("s1") or 1, log("s2") or 2}, (log("t1"), log("t2")))
