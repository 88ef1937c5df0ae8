import pickle, copy, collections, datetime, decimal, fractions, enum
class P:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return type(o) is P and vars(self) == vars(o)
    def __repr__(self): return "P(%r, %r)" % (self.a, self.b)
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = [2]
class G:
    def __init__(self): self.v = 1; self.cache = "drop"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class R:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (R, (self.n * 2,))
class Color(enum.Enum):
    RED = 1
Point = collections.namedtuple("Point", "x y")
vals = [None, True, 0, -1, 2**70, -2**64, 1.5, float("inf"), 1+2j, "", "ünï\n", b"\x00\xff", bytearray(b"ab"),
        (), (1,), [1, [2]], {"a": 1, 2: "b"}, {1, 2}, frozenset({3}), range(1, 10, 2), slice(1, 2), P(1, [2]),
        Point(1, 2), collections.OrderedDict(a=1), collections.Counter("aab"), collections.deque([1, 2], maxlen=5),
        collections.defaultdict(list, {"k": [1]}), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
        datetime.timedelta(days=1, seconds=3), decimal.Decimal("1.10"), fractions.Fraction(3, 4), Color.RED, len, P, type(None), Ellipsis, NotImplemented]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in vals:
        try:
            w = pickle.loads(pickle.dumps(v, protocol=proto))
            if not (w == v or (v is w)) or type(w) is not type(v): bad.append((v, w))
        except Exception as e:
            bad.append((v, type(e).__name__, str(e)))
    print(proto, bad)
s = pickle.loads(pickle.dumps(S())); print(s.x, s.y)
g = pickle.loads(pickle.dumps(G())); print(vars(g))
print(pickle.loads(pickle.dumps(R(4))).n, pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
l = [1]; l.append(l); l2 = pickle.loads(pickle.dumps(l)); print(l2[1] is l2)
shared = [1]; t = pickle.loads(pickle.dumps([shared, shared])); print(t[0] is t[1])
for bad in [lambda: 1, (x for x in []), open]:
    try: pickle.dumps(bad)
    except Exception as e: print(type(e).__name__, str(e).replace(hex(id(bad)), "ADDR"))
class Local: pass
try: pickle.dumps(Local())
except Exception as e: print(type(e).__name__, e)
def f():
    class In: pass
    return In()
try: pickle.dumps(f())
except Exception as e: print(type(e).__name__, e)
for data in [b"", b"garbage", b"\x80\x05N"]:
    try: pickle.loads(data)
    except Exception as e: print(type(e).__name__, e)
print(pickle.dumps(None, 0), pickle.dumps(1, 0), pickle.dumps("a", 0), pickle.dumps([1, 2], 2), pickle.dumps((1,), 1))
print(pickle.dumps({"a": True}, 4), pickle.dumps(3.5, 3))
import io
buf = io.BytesIO(); pickle.dump([1, 2], buf); pickle.dump("second", buf); buf.seek(0); print(pickle.load(buf), pickle.load(buf))
try: pickle.load(buf)
except EOFError as e: print("EOFError", e)
x = {"a": [1, {2}], "b": P(1, 2)}
c = copy.copy(x); d = copy.deepcopy(x)
print(c["a"] is x["a"], d["a"] is x["a"], d == x, d["b"] is x["b"])
class CC:
    def __init__(self): self.items = [1]
    def __copy__(self): n = CC(); n.items = self.items; n.kind = "shallow"; return n
    def __deepcopy__(self, memo): n = CC(); n.items = copy.deepcopy(self.items, memo); n.kind = "deep"; return n
a = CC(); print(copy.copy(a).kind, copy.deepcopy(a).kind, copy.copy(a).items is a.items, copy.deepcopy(a).items is a.items)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy(S()).y, copy.deepcopy(l)[1][1][0], copy.replace if hasattr(copy, "replace") else "")
try: copy.deepcopy(iter([]))
except Exception as e: print(type(e).__name__, e)
