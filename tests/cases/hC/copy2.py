import copy, re, enum, functools, datetime, decimal, fractions, collections, dataclasses, types, io, array, itertools, operator
class Color(enum.Enum):
    R = 1
@dataclasses.dataclass
class DC:
    a: list
    b: int = 0
Pt = collections.namedtuple("Pt", "x y")
dd = collections.defaultdict(list, {"k": [1]})
objs = [decimal.Decimal("1.5"), fractions.Fraction(1, 3), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), datetime.timedelta(5), datetime.timezone(datetime.timedelta(hours=2)),
        collections.deque([1, [2]], maxlen=5), collections.OrderedDict(a=[1]), dd, collections.Counter("aab"), Pt(1, [2]), DC([1]), Color.R, re.compile("a+"), functools.partial(max, 1),
        types.SimpleNamespace(a=[1]), array.array("i", [1, 2]), range(3), slice(1, 2), b"x", bytearray(b"y"), frozenset([1]), {1: {2: [3]}}, [1, (2, [3])], None, Ellipsis, NotImplemented, len, int, 3.5, 2 ** 100, complex(1, 2), "s", (1, 2), ()]
for o in objs:
    c = copy.copy(o); d = copy.deepcopy(o)
    print(type(o).__qualname__, repr(c) == repr(o), repr(d) == repr(o), c is o, d is o, type(c) is type(o), type(d) is type(o))
print(copy.deepcopy(dd).default_factory is list, copy.deepcopy(collections.deque([1], maxlen=3)).maxlen)
d2 = copy.deepcopy(DC([1, 2])); print(d2)
class Node:
    def __init__(self, v): self.v = v; self.children = []; self.parent = None
root = Node(1); kid = Node(2); kid.parent = root; root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2 is not root, r2.children[0].v)
class WithState:
    def __init__(self): self.x = 1; self.cache = {}
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = {"restored": True}
w = copy.deepcopy(WithState()); print(w.x, w.cache)
class Reduce:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Reduce, (self.a * 2,))
print(copy.copy(Reduce(3)).a, copy.deepcopy(Reduce(4)).a)
class Slots:
    __slots__ = ("a", "__weakref__")
    def __init__(self): self.a = [1]
s2 = copy.deepcopy(Slots()); print(s2.a)
memo = {}
l = [1, 2]; copy.deepcopy([l, l], memo); print(len(memo) > 0)
try:
    copy.deepcopy(x for x in [])
except TypeError as e:
    print(e)
import threading
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print(e)
print(copy.replace if hasattr(copy, "replace") else "no copy.replace", copy.Error)
