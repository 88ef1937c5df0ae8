import pickle, decimal, fractions, datetime, collections, dataclasses, enum, re, functools
@dataclasses.dataclass
class DC:
    a: int
    b: list
class E(enum.Enum):
    A = 1
NT = collections.namedtuple("NT", "x y")
objs = [decimal.Decimal("1.50"), fractions.Fraction(2, 3), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.date(2020, 5, 6), datetime.timedelta(1, 2, 3), datetime.timezone.utc,
        collections.deque([1, 2], maxlen=4), collections.OrderedDict(a=1), collections.Counter("aab"), NT(1, 2), DC(1, [2]), E.A, re.compile("a+b", re.I), functools.partial(int, base=2),
        collections.defaultdict(list, {"k": [1]}), range(1, 10, 2), slice(1, 2), frozenset({1}), complex(1, 2), b"x", bytearray(b"y")]
for o in objs:
    for proto in (0, 2, 4, 5):
        r = pickle.loads(pickle.dumps(o, proto))
        if repr(r) != repr(o) or type(r) is not type(o):
            print("MISMATCH", proto, repr(o), repr(r))
    print(type(o).__name__, len(pickle.dumps(o)) > 0)
print(pickle.dumps(decimal.Decimal("1.5"), 0)[:40] if False else '')
for o in [1, "a", [1, 2], {"a": (1, 2.5)}, None, True, 2 ** 70, 1.5]:
    print(pickle.dumps(o, 2), pickle.dumps(o, 4), pickle.dumps(o, 0))
