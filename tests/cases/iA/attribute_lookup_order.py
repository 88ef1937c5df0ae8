log = []
def t(name, f):
    log.clear()
    try: r = f()
    except Exception as e: r = f"!! {type(e).__name__}: {e}"
    print(f"{name:22} {r!r:40} {' '.join(log)}")
class NonData:
    def __get__(self, obj, typ=None): log.append("ND.get"); return "nondata"
class Data:
    def __get__(self, obj, typ=None): log.append("D.get"); return "data"
    def __set__(self, obj, v): log.append(f"D.set {v}")
class OnlySet:
    def __set__(self, obj, v): log.append("OS.set")
class A:
    nd = NonData()
    d = Data()
    os_ = OnlySet()
    @property
    def p(self):
        log.append("p.get")
        raise AttributeError("inner missing")
    @property
    def q(self):
        return self.undefined_thing
    def __getattr__(self, n):
        log.append(f"getattr {n}")
        if n == "loop": return self.loop2
        if n.startswith("x"): return n.upper()
        raise AttributeError(f"{type(self).__name__!r} has no {n!r}")
a = A()
t("nd", lambda: a.nd)
a.__dict__["nd"] = "inst"; a.__dict__["d"] = "inst"
t("nd shadowed", lambda: a.nd)
t("d not shadowed", lambda: a.d)
t("set d", lambda: setattr(a, "d", 5))
t("os_ get", lambda: type(a.os_).__name__)
a.__dict__["os_"] = "inst_os"
t("os_ get inst", lambda: a.os_)
t("set os_", lambda: setattr(a, "os_", 1))
t("p -> getattr", lambda: a.p)
t("q -> getattr", lambda: a.q)
t("xyz", lambda: a.xyz)
t("missing", lambda: a.missing)
t("loop", lambda: a.loop)
t("hasattr", lambda: hasattr(a, "missing"))
t("getattr dflt", lambda: getattr(a, "missing", "dflt"))
t("class attr", lambda: A.nd)
t("class d", lambda: A.d)
t("type getattr", lambda: A.xyz)
t("dir has", lambda: "nd" in dir(a))
class B:
    def __getattribute__(self, n):
        log.append(f"GA {n}")
        if n == "boom": raise KeyError("not attr error")
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        log.append(f"getattr {n}")
        return 42
b = B()
t("B.x", lambda: b.x)
t("B.boom", lambda: b.boom)
t("B.__class__", lambda: b.__class__.__name__)
t("B method", lambda: b.__getattr__("q"))
t("B str", lambda: str(b)[:10])
t("B len", lambda: len(b))
class C:
    __slots__ = ("a",)
    def __getattr__(self, n): return f"fallback {n}"
c = C()
t("slot unset", lambda: c.a)
c.a = 1
t("slot set", lambda: c.a)
t("slot del", lambda: (delattr(c, "a"), c.a))
class Meta(type):
    def __getattr__(cls, n): return f"meta {n}"
class M(metaclass=Meta):
    real = 1
t("meta getattr", lambda: M.anything)
t("meta real", lambda: M.real)
t("instance no meta", lambda: M().anything)
class P:
    def __init__(self): self.__dict__["x"] = 1
    def __setattr__(self, n, v): log.append(f"setattr {n}"); self.__dict__[n] = v * 2
p = P(); p.y = 5
t("P y", lambda: (p.x, p.y, vars(p)))
class Cached:
    from functools import cached_property
    @cached_property
    def val(self): log.append("computing"); return 99
cc = Cached()
t("cached 1", lambda: cc.val)
t("cached 2", lambda: cc.val)
t("cached dict", lambda: vars(cc))
del cc.val
t("cached 3", lambda: cc.val)
class Super(A):
    def __getattr__(self, n):
        log.append(f"Super getattr {n}")
        return super().__getattr__(n)
t("super getattr", lambda: Super().xq)
t("super getattr miss", lambda: Super().miss)
