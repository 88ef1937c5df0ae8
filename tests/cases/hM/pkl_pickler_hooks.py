import pickle, copyreg, io, collections, weakref
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return "Point(%r, %r)" % (self.x, self.y)
def reduce_point(p): return (Point, (p.x * 10, p.y * 10))
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Point] = reduce_point
p.dump([Point(1, 2)])
print(pickle.loads(buf.getvalue()), p.bin, p.fast if hasattr(p, "fast") else None)
class MyPickler(pickle.Pickler):
    dispatch_table = {Point: lambda pt: (Point, (0, 0))}
b2 = io.BytesIO(); MyPickler(b2).dump(Point(5, 5)); print(pickle.loads(b2.getvalue()))
class DB:
    records = {"r1": "record one", "r2": "record two"}
class Rec:
    def __init__(self, key): self.key = key
class PPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Rec): return ("Rec", obj.key)
        return None
class PUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        if kind == "Rec": return DB.records[key]
        raise pickle.UnpicklingError("unsupported persistent object")
for proto in (0, 2, 5):
    b = io.BytesIO(); PPickler(b, protocol=proto).dump({"a": Rec("r1"), "b": [Rec("r2"), 3]})
    b.seek(0); print(proto, PUnpickler(b).load())
b.seek(0)
try: pickle.Unpickler(b).load()
except pickle.UnpicklingError as e: print("UnpicklingError", e)
class RU(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"): return getattr(__import__("builtins"), name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
print(RU(io.BytesIO(pickle.dumps({1, 2}))).load())
try: RU(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e: print("UnpicklingError", e)
pk = pickle.Pickler(io.BytesIO()); print(type(pk.memo).__name__ if hasattr(pk, "memo") else None)
copyreg.pickle(Point, lambda pt: (Point, (-pt.x, -pt.y)))
print(pickle.loads(pickle.dumps(Point(3, 4))))
del copyreg.dispatch_table[Point]
class Ext: 
    def __reduce_ex__(self, proto): return (Ext, (), {"proto": proto})
for proto in range(6): print(pickle.loads(pickle.dumps(Ext(), proto)).__dict__)
class St:
    def __init__(self): self.a = 1
    def __getnewargs_ex__(self): return ((), {})
    def __getstate__(self): return ("custom", self.a)
    def __setstate__(self, s): self.a = s[1] * 100
print(pickle.loads(pickle.dumps(St(), 4)).a, pickle.loads(pickle.dumps(St(), 2)).a)
class NoState: 
    __slots__ = ()
print(type(pickle.loads(pickle.dumps(NoState(), 2))).__name__)
class SlotsDict:
    __slots__ = ("a", "__dict__")
    def __init__(self): self.a = 1; self.b = 2
s = pickle.loads(pickle.dumps(SlotsDict(), 2)); print(s.a, s.b)
print(SlotsDict().__reduce_ex__(2)[0].__name__, len(SlotsDict().__reduce_ex__(2)), SlotsDict().__reduce_ex__(2)[2])
print(Point(1, 2).__reduce_ex__(2)[1:], Point(1, 2).__reduce_ex__(0)[:2])
d = collections.defaultdict(list); print(d.default_factory, "default_factory" in dir(d))
w = weakref.WeakValueDictionary(); 
class O: pass
o = O(); w["x"] = o; w.clear(); print(len(w))
print(pickle.PickleBuffer(b"abc").raw().tobytes(), bytes(pickle.PickleBuffer(bytearray(b"xy"))))
data = pickle.dumps(pickle.PickleBuffer(b"zzz"), 5); print(pickle.loads(data))
bufs = []; data = pickle.dumps(pickle.PickleBuffer(bytearray(b"oob")), 5, buffer_callback=bufs.append); print(len(bufs), pickle.loads(data, buffers=bufs))
try: pickle.dumps(pickle.PickleBuffer(b"x"), 4)
except Exception as e: print(type(e).__name__, e)
print(pickle.dumps(1, fix_imports=False), pickle.loads(b"\x80\x02c__builtin__\nset\n]\x85R.", fix_imports=True), pickle.loads(pickle.dumps("s", 2), encoding="latin1"))
