import copy, pickle
class S:
    __slots__ = ("a", "b", "__dict__")
    def __init__(self):
        self.a = [1]
        self.extra = {"k": [2]}
s = S()
c = copy.copy(s); d = copy.deepcopy(s)
print(c.a is s.a, d.a is s.a, d.a == s.a, hasattr(c, "b"), c.extra, d.extra["k"] is s.extra["k"])
print(s.__getstate__())
print(s.__reduce_ex__(2)[0].__name__, s.__reduce_ex__(2)[2])
p = pickle.loads(pickle.dumps(s))
print(p.a, p.extra, hasattr(p, "b"))
class Base:
    __slots__ = ("x",)
class Derived(Base):
    __slots__ = ("y",)
dd = Derived(); dd.x = 1; dd.y = 2
cc = copy.deepcopy(dd)
print(cc.x, cc.y, dd.__getstate__())
class Cls: pass
print(copy.copy(Cls) is Cls, copy.deepcopy(Cls) is Cls, copy.deepcopy(len) is len, copy.copy(print) is print)
def f(): pass
print(copy.deepcopy(f) is f)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.meta = "m"
l = L([1, [2]])
lc = copy.copy(l); ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc.meta, ld[1] is l[1], ld.meta)
class D(dict):
    pass
dv = D(a=[1]); dv.attr = 5
dc = copy.deepcopy(dv)
print(type(dc).__name__, dc, dc.attr, dc["a"] is dv["a"])
class RedEx:
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (RedEx, ())
copy.copy(RedEx()); copy.deepcopy(RedEx())
pickle.dumps(RedEx(), 3)
class Cyc:
    pass
a = Cyc(); a.self = a; a.lst = [a]
b = copy.deepcopy(a)
print(b.self is b, b.lst[0] is b, b is not a)
class SetState:
    def __setstate__(self, st):
        print("setstate with", st)
        self.__dict__.update(st)
o = SetState(); o.v = 1
print(copy.copy(o).v)
class FalseState:
    def __getstate__(self):
        return False
    def __setstate__(self, st):
        print("setstate called", st)
fs = copy.copy(FalseState())
print(type(fs).__name__)
class NoneState:
    x = 0
    def __getstate__(self):
        return None
ns = NoneState(); ns.y = 1
print(vars(copy.copy(ns)), vars(pickle.loads(pickle.dumps(ns))))
