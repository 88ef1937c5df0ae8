import json, collections, copy, pickle
def t(f):
    try: print(repr(f()))
    except Exception as e: print("!!", type(e).__name__, e)
class MyStr(str):
    def __str__(self): return "MyStr!"
    def __repr__(self): return "MyStr(" + super().__repr__() + ")"
s = MyStr("abc")
print(s, str(s), repr(s), f"{s}", "%s" % s, [s], s + "d", type(s + "d"), type(s.upper()), type(s[0]), s == "abc", hash(s) == hash("abc"), "{}".format(s), format(s), json.dumps(s))
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Up("hi"), type(Up("hi")).__name__, Up("x") * 2, "".join([Up("a"), "b"]), Up("q").lower())
class MyList(list):
    def __getitem__(self, i):
        print("getitem", i); return super().__getitem__(i)
    def __len__(self): return 99
    def __iter__(self):
        print("iter"); return super().__iter__()
ml = MyList([1, 2, 3])
print(ml, repr(ml), len(ml), ml[0], list(ml), sum(ml), sorted(ml), ml + [4], type(ml + [4]).__name__, ml * 2, [x for x in ml], json.dumps(ml), tuple(ml), set(ml), max(ml), 2 in ml, copy.copy(ml), type(copy.copy(ml)).__name__)
a, b, c = ml; print(a, b, c)
print(*ml)
print(bool(MyList()), ml == [1, 2, 3], ml.index(2), str(ml), "%s" % (ml,), ml[1:], type(ml[1:]).__name__)
class MyDict(dict):
    def __getitem__(self, k): return f"override {k}"
    def __missing__(self, k): return "missing"
    def keys(self): print("keys called"); return super().keys()
md = MyDict(a=1)
print(md["a"], md.get("a"), md["zz"], dict(md), {**md}, json.dumps(md), list(md.items()), md, copy.deepcopy(md), type(md.copy()).__name__)
def kw(**k): return k
print(kw(**md))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 1000)
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, -mi, abs(mi), mi, str(mi), f"{mi}", f"{mi:>4}", "%d" % mi, int(mi), hash(mi) == hash(5), [0] * 10 and [0, 1, 2, 3, 4, 5, 6][mi], range(mi), mi == 5, {mi: 1}[5], json.dumps(mi), bin(mi), mi.bit_length(), float(mi), divmod(mi, 2), MyInt("12"), MyInt("ff", 16), round(mi))
class MyFloat(float):
    def __str__(self): return "MF"
mf = MyFloat(1.5)
print(mf, repr(mf), str(mf), f"{mf}", f"{mf:.2f}", "%s %r %f" % (mf, mf, mf), mf + 1, type(mf + 1).__name__, json.dumps(mf), round(mf))
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    @property
    def first(self): return self[0]
mt = MyTuple(1, 2)
print(mt, mt.first, type(mt[:1]).__name__, mt + (3,), type(mt + (3,)).__name__, hash(mt) == hash((1, 2)), json.dumps(mt), pickle.loads(pickle.dumps(list(mt))))
class OD(collections.OrderedDict):
    pass
print(OD(a=1), repr(OD()), collections.defaultdict(int, a=1), collections.Counter(a=2) + collections.Counter(a=1, b=1))
class MySet(set):
    def add(self, x): print("add", x); super().add(x)
ms = MySet([1]); ms.add(2); ms |= {3}; print(sorted(ms), type(ms | {4}).__name__, type(ms.copy()).__name__, ms == {1, 2, 3}, repr(MySet()))
class Exc(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
e = Exc(5, "boom"); print(e, repr(e), e.args, e.code, str(e))
t(lambda: pickle.loads(pickle.dumps(e)))
class E2(Exception):
    def __repr__(self): return "E2!"
print(repr(E2(1)), str(E2(1, 2)), str(E2()), repr(Exception()), repr(Exception("a", 1)), str(KeyError("k")), str(KeyError("k", "j")), repr(KeyError()))
class BoolSub(int):
    pass
print(BoolSub(True), type(BoolSub(True)).__name__, bool(BoolSub(0)))
t(lambda: type("B", (bool,), {}))
class Bytes2(bytes):
    pass
print(Bytes2(b"ab"), Bytes2(b"ab") + b"c", type(Bytes2(b"x")[0:1]).__name__, Bytes2(3), Bytes2(b"hi").decode())
