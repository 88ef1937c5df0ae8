l = [1, 2]; l.__init__([3]); print(l); l.__init__(); print(l)
d = {1: 2}; d.__init__({3: 4}, a=5); print(d)
s = {1, 2}; s.__init__([3]); print(s)
b = bytearray(b"ab"); b.__init__(b"cd"); print(b); b.__init__(3); print(b)
f = frozenset([1]); f.__init__([2]); print(f)
t = (1,); t.__init__([5]); print(t)
x = 5; x.__init__(7); print(x)
print(list.__init__ is object.__init__, int.__init__ is object.__init__, type(list.__dict__["__init__"]).__name__)
class L(list):
    def __init__(self, *a):
        print("L.__init__", a)
        super().__init__(*a)
print(L("ab"), L())
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
dd = D(a=1); dd["b"] = 2; dd.update(c=3); dd.setdefault("e", 4); print(dd, D({"z": 1}))
class D2(dict):
    def __getitem__(self, k):
        return "custom"
    def keys(self):
        return ["q"]
d2 = D2(x=1)
print(d2["x"], d2.get("x"), dict(d2), {**d2}, list(d2), "{x}".format_map(d2), "%(x)s" % d2)
def f(**kw): return kw
print(f(**d2))
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()}, f(**M()))
d3 = {}; d3.update(M()); print(d3)
class LL(list):
    def __iter__(self):
        return iter(["over"])
    def __len__(self):
        return 99
ll = LL([1, 2])
print(list(ll), tuple(ll), len(ll), [*ll], sorted(ll), set(ll), ll[:], ll + [3], max(ll), "".join(ll), dict.fromkeys(ll), sum(LL([1, 2]) if False else [1]), str(ll), list(reversed(ll)))
x1, = ll; print(x1)
class SS(str):
    def __iter__(self):
        return iter("XY")
    def __len__(self):
        return 7
    def __str__(self):
        return "strd"
ss = SS("ab")
print(list(ss), len(ss), "".join(ss), ss + "c", str(ss), "%s" % ss, f"{ss}", print.__name__, ss.upper(), ss == "ab", [c for c in ss], set(ss) == {"X", "Y"}, "-".join([ss, ss]))
class TT(tuple):
    def __iter__(self):
        return iter([7])
tt = TT((1, 2))
print(list(tt), tt, len(tt), tt[0], [*tt], tuple(tt), max(tt))
a, b = tt; print(a, b)
def g(*args): return args
print(g(*tt), g(*ll), g(*ss))
class DI(dict):
    def __iter__(self):
        return iter(["k1"])
di = DI(a=1, b=2)
print(list(di), dict(di), {**di}, f(**di), di.keys(), [k for k in di], set(di), len(di))
