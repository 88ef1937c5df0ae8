import pickle, collections, datetime, decimal, fractions
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Custom:
    def __init__(self, v): self.v = v; self.cache = "big"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.v = st["v"]; self.cache = "rebuilt"
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 2,))
NT = collections.namedtuple("NT", "a b")
objs = [None, True, 1, -2**70, 1.5, float("inf"), 1j, "é", b"\x00", bytearray(b"ba"), (1, [2]), {"k": {1, 2}}, frozenset("ab"), Point(1, 2), NT(1, "x"), collections.OrderedDict(a=1), collections.deque([1, 2]), collections.Counter("aab"), datetime.date(2020, 1, 2), decimal.Decimal("1.10"), fractions.Fraction(1, 3), range(1, 5, 2), slice(1, 2), Ellipsis, NotImplemented, len, Point]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    out = [pickle.loads(pickle.dumps(o, protocol=proto)) for o in objs]
    print(proto, all(a == b or a is b for a, b in zip(objs, out)), out[13], out[14])
c = pickle.loads(pickle.dumps(Custom(5))); print(c.v, c.cache)
r = pickle.loads(pickle.dumps(Red(3))); print(r.a)
shared = [1]; data = [shared, shared]; back = pickle.loads(pickle.dumps(data)); print(back[0] is back[1])
cyc = []; cyc.append(cyc); back = pickle.loads(pickle.dumps(cyc)); print(back[0] is back)
for bad in (lambda: pickle.dumps(lambda: 0), lambda: pickle.loads(b"garbage"), lambda: pickle.dumps((x for x in []))):
    try:
        bad()
    except (pickle.PicklingError, pickle.UnpicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__)
print(pickle.dumps(1, protocol=0), pickle.dumps("a", protocol=0), pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
