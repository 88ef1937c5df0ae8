import pickle, copy, copyreg, io
def t(f):
    try: print(repr(f()))
    except Exception as e: print("!!", type(e).__name__, e)
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
    def __eq__(self, o): return vars(self) == vars(o)
class State:
    def __init__(self): self.a = 1; self.conn = "socket"
    def __getstate__(self):
        print("getstate"); d = self.__dict__.copy(); del d["conn"]; return d
    def __setstate__(self, d):
        print("setstate", d); self.__dict__.update(d); self.conn = "reconnected"
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): print("reduce"); return (Red, (self.v * 2,))
    def __repr__(self): return f"Red({self.v})"
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
class CopyHooks:
    def __init__(self): self.items = [1, [2]]
    def __copy__(self): print("__copy__"); n = CopyHooks(); n.items = self.items; return n
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); n = CopyHooks(); n.items = copy.deepcopy(self.items, memo); return n
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    p = pickle.loads(pickle.dumps(Pt(1, [2, 3]), protocol=proto)); print(proto, p)
s = pickle.loads(pickle.dumps(State())); print(s.a, s.conn)
print(pickle.loads(pickle.dumps(Red(3))))
sl = pickle.loads(pickle.dumps(Slots())); print(sl.a, sl.b)
cyc = [1]; cyc.append(cyc); c2 = pickle.loads(pickle.dumps(cyc)); print(c2[1] is c2, c2[0])
shared = [0]; both = [shared, shared]; b2 = pickle.loads(pickle.dumps(both)); print(b2[0] is b2[1])
print(pickle.loads(pickle.dumps({1: (2, frozenset({3})), "s": b"by", "f": 1.5e300, "c": 1 - 2j, "n": None, "t": True, "big": 2 ** 100, "neg": -(2 ** 70)})))
t(lambda: pickle.dumps(lambda: 0))
def local_fn(): pass
t(lambda: pickle.loads(pickle.dumps(local_fn)).__name__)
t(lambda: pickle.loads(b"garbage"))
t(lambda: pickle.loads(pickle.dumps(Pt))(1, 2))
t(lambda: pickle.loads(pickle.dumps(ValueError("x", 1))).args)
t(lambda: pickle.loads(pickle.dumps(range(1, 10, 2))))
t(lambda: pickle.loads(pickle.dumps(slice(1, 2))))
t(lambda: pickle.loads(pickle.dumps(len)))
buf = io.BytesIO(); pickle.dump([1, 2], buf); pickle.dump("second", buf); buf.seek(0); print(pickle.load(buf), pickle.load(buf))
t(lambda: pickle.load(buf))
ch = CopyHooks(); c1 = copy.copy(ch); d1 = copy.deepcopy(ch); print(c1.items is ch.items, d1.items == ch.items, d1.items[1] is ch.items[1])
sc = copy.copy(Slots()); print(sc.a, sc.b); sd = copy.deepcopy(Slots()); print(sd.b)
st = copy.deepcopy(State()); print(vars(st))
r = copy.copy(Red(5)); print(r)
cyc2 = copy.deepcopy(cyc); print(cyc2[1] is cyc2)
d = {"k": [1]}; dd = copy.deepcopy([d, d]); print(dd[0] is dd[1])
t(lambda: list(copy.deepcopy(iter([1, 2]))))
class Unp:
    def __reduce__(self): raise TypeError("cannot pickle Unp")
t(lambda: pickle.dumps(Unp()))
t(lambda: copy.copy(Unp()))
copyreg.pickle(Pt, lambda p: (Pt, (p.y, p.x)))
print(pickle.loads(pickle.dumps(Pt(1, 2))), copy.copy(Pt(3, 4)))
print(pickle.dumps(None), pickle.dumps(True, protocol=0), pickle.dumps(1, protocol=2), pickle.dumps("a", protocol=4)[:6], len(pickle.dumps(list(range(10)))))
