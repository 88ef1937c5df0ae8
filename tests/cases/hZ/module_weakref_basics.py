import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
o = Obj(1); r = weakref.ref(o)
print(r() is o, r().n, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o; gc.collect(); print(r())
d = weakref.WeakValueDictionary(); a = Obj(2); b = Obj(3); d["a"] = a; d["b"] = b
print(sorted(d.keys())); del a; gc.collect(); print(sorted(d.keys()), d.get("a"))
k = weakref.WeakKeyDictionary(); key = Obj(4); k[key] = "v"; print(len(k), k[key]); del key; gc.collect(); print(len(k))
s = weakref.WeakSet(); x = Obj(5); s.add(x); print(len(s), x in s); del x; gc.collect(); print(len(s))
p = weakref.proxy(b); print(p.n, repr(p)[:6] if False else "")
del b; gc.collect()
try:
    p.n
except ReferenceError as e:
    print(e)
calls = []
y = Obj(6); fin = weakref.finalize(y, calls.append, "finalized"); print(fin.alive); del y; gc.collect(); print(calls, fin.alive)
try:
    weakref.ref(5)
except TypeError as e:
    print(e)
class M:
    def meth(self): return "m"
m = M(); wm = weakref.WeakMethod(m.meth); print(wm()()); del m; gc.collect(); print(wm())
class Slotted:
    __slots__ = ("v",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
