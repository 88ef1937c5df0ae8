import weakref, gc
class O:
    def __init__(self, n): self.n = n
    def __repr__(self): return "O(%d)" % self.n
    def __add__(self, o): return O(self.n + o)
    def __len__(self): return self.n
    def __iter__(self): return iter(range(self.n))
    def __call__(self, x): return x * self.n
objs = [O(i) for i in range(5)]
w = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(len(w), sorted(w), w[2], w.setdefault(9, objs[0]), w.pop(9), w.pop(99, "dflt"), sorted(w.items(), key=lambda kv: kv[0])[:2])
try: w.pop(99)
except KeyError as e: print("KeyError", e)
try: w[42]
except KeyError as e: print("KeyError", e)
print(len(w.valuerefs()), type(w.valuerefs()[0]).__name__, sorted(k for k in w.keys()), len(list(w.itervaluerefs())))
c = w.copy(); print(type(c).__name__, len(c))
u = w | {10: objs[1]}; print(type(u).__name__, len(u), 10 in u)
w |= {11: objs[2]}; print(len(w))
del objs[4]; gc.collect(); print(len(w), sorted(w))
k, v = w.popitem(); print(type(k).__name__, type(v).__name__, len(w))
w.update({20: objs[0]}, x=objs[1]); print(sorted(map(str, w)))
wk = weakref.WeakKeyDictionary()
a, b = O(1), O(2)
wk[a] = "a"; wk[b] = "b"
print(len(wk), wk[a], a in wk, O(1) in wk, len(wk.keyrefs()), sorted(wk.values()), wk.get(O(3), "none"))
del a; gc.collect(); print(len(wk), list(wk.values()))
ws = weakref.WeakSet([b]); x = O(7); ws.add(x)
print(len(ws), b in ws, ws == weakref.WeakSet([b, x]), len(ws | weakref.WeakSet()), len(ws - {b}), ws.issubset({b, x}), isinstance(ws, weakref.WeakSet))
ws.discard(x); ws.remove(b)
try: ws.remove(b)
except KeyError as e: print("KeyError", type(e.args[0]).__name__)
print(len(ws))
class MyRef(weakref.ref):
    def __init__(self, ob, cb=None, tag=""):
        super().__init__(ob, cb); self.tag = tag
t = O(3); r = MyRef(t, None, "tagged"); print(r().n, r.tag, isinstance(r, weakref.ref), r.__callback__)
r1 = weakref.ref(t); r2 = weakref.ref(t); print(r1 == r2, r1 is r2, hash(r1) == hash(t), weakref.getweakrefcount(t), len(weakref.getweakrefs(t)))
order = []
t2 = O(4); ra = weakref.ref(t2, lambda r: order.append("a")); rb = weakref.ref(t2, lambda r: order.append("b"))
del t2; gc.collect(); print(order, ra(), ra == rb)
p = weakref.proxy(O(5)) if False else None
tgt = O(5); p = weakref.proxy(tgt)
print(p.n, p + 1, len(p), list(p), p(3), repr(p).startswith("<weakproxy"), type(p).__name__, isinstance(p, O))
cp = weakref.proxy(tgt, lambda pr: print("proxy cb")); del tgt; gc.collect()
try: p.n
except ReferenceError as e: print("ReferenceError", e)
def f(): pass
fr = weakref.ref(f); print(fr() is f)
try: hash(weakref.proxy(O(1)))
except TypeError as e: print("TypeError", e)
fin_log = []
def done(tag): fin_log.append(tag); return tag
oo = O(8); fz = weakref.finalize(oo, done, "fz")
print(fz.peek()[1:], fz.alive, fz.detach()[2], fz.alive, fz(), fin_log)
oo2 = O(9); f2 = weakref.finalize(oo2, done, "f2"); del oo2; gc.collect(); print(fin_log, f2.alive)
f3 = weakref.finalize(O(10), print, "at exit finalizer"); f3.atexit = True
keep = O(11); f4 = weakref.finalize(keep, print, "exit-time finalizer runs")
print("end of main")
