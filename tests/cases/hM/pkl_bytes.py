import pickle, collections, datetime, decimal, fractions, enum
class P:
    def __init__(self, a, b): self.a, self.b = a, b
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1; self.y = 2
class Color(enum.Enum):
    RED = 1
Point = collections.namedtuple("Point", "x y")
vals = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31, 2**70, -2**64, 1.5, -0.0, 1e300, "", "a", "ünï\n", "x" * 300, b"", b"\x00\xff", b"y" * 300, bytearray(b"ab"),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {"a": 1, 2: "b"}, {1, 2}, frozenset({3}), set(), 1+2j, range(3), slice(1, 2, None),
        P(1, "s"), S(), Point(1, 2), collections.OrderedDict(a=1), collections.Counter("aab"), collections.deque([1, 2]),
        collections.defaultdict(int), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        decimal.Decimal("1.10"), fractions.Fraction(3, 4), Color.RED, len, P, type(None), Ellipsis, NotImplemented, list(range(1005))[-3:], ["a", "a"], [[], []]]
for proto in range(0, 6):
    for v in vals:
        try:
            print(proto, pickle.dumps(v, protocol=proto))
        except Exception as e:
            print(proto, type(e).__name__, e)
shared = [1]
print(pickle.dumps([shared, shared], 2), pickle.dumps({"k": shared, "j": shared}, 4))
l = [1]; l.append(l); print(pickle.dumps(l, 0), pickle.dumps(l, 3))
print(len(pickle.dumps(list(range(2000)), 4)), pickle.dumps(list(range(2000)), 4)[:40], pickle.dumps(list(range(2000)), 1)[-20:])
print(pickle.dumps({i: str(i) for i in range(1002)}, 2)[-30:], len(pickle.dumps(set(range(1500)), 4)))
