import copy, pickle
class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __repr__(self):
        return f"P({self.x!r}, {self.items!r})"
    def __eq__(self, o):
        return type(o) is P and vars(o) == vars(self)
p = P(1, [1, 2])
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, c.items is p.items, d.items is p.items, c == p)
r = pickle.loads(pickle.dumps(p))
print(r, r == p, type(r) is P)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Sl()
s2 = copy.copy(s)
print(s2.a, hasattr(s2, "b"))
s3 = pickle.loads(pickle.dumps(s))
print(s3.a, hasattr(s3, "b"))
class St:
    def __init__(self):
        self.v = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
        self.cache = None
st = copy.deepcopy(St())
print(vars(st))
st2 = pickle.loads(pickle.dumps(St()))
print(vars(st2))
class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Red, (self.a, self.b + 1))
r2 = copy.copy(Red(1, 2))
print(r2.a, r2.b)
r3 = pickle.loads(pickle.dumps(Red(5, 5)))
print(r3.a, r3.b)
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.meta = "m"
ml = MyList([1, [2]])
cml = copy.deepcopy(ml)
print(cml, type(cml).__name__, cml.meta, cml[1] is ml[1])
pml = pickle.loads(pickle.dumps(ml))
print(pml, type(pml).__name__, pml.meta)
class MyDict(dict):
    pass
md = MyDict(a=[1])
md.extra = 2
cmd = copy.copy(md)
print(cmd, type(cmd).__name__, cmd.extra, cmd["a"] is md["a"])
pmd = pickle.loads(pickle.dumps(md))
print(pmd, type(pmd).__name__, pmd.extra)
class MyInt(int):
    pass
mi = MyInt(5)
mi.tag = "t"
cmi = copy.copy(mi)
print(cmi, type(cmi).__name__, cmi.tag)
pmi = pickle.loads(pickle.dumps(mi))
print(pmi, type(pmi).__name__, pmi.tag)
class NewArgs(int):
    def __new__(cls, v, label):
        o = super().__new__(cls, v)
        o.label = label
        return o
    def __getnewargs__(self):
        return (int(self), self.label)
na = NewArgs(3, "three")
cna = copy.copy(na)
print(cna, cna.label)
pna = pickle.loads(pickle.dumps(na))
print(pna, pna.label)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__, str(e).split(" at ")[0], str(e).split(">")[-1])
class Local:
    pass
def maker():
    class Inner:
        pass
    return Inner()
try:
    pickle.dumps(maker())
except Exception as e:
    print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(P)) is P, pickle.loads(pickle.dumps(len)) is len, copy.copy(P) is P, copy.deepcopy(len) is len)
cyc = P(0, [])
cyc.items.append(cyc)
dc = copy.deepcopy(cyc)
print(dc.items[0] is dc, dc is not cyc)
pc = pickle.loads(pickle.dumps(cyc))
print(pc.items[0] is pc)
