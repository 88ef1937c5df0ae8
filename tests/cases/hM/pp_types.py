import pprint, collections, types, dataclasses
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, namedtuple
@dataclasses.dataclass
class Item:
    name: str
    tags: list
    meta: dict = dataclasses.field(default_factory=dict)
@dataclasses.dataclass
class Order:
    id: int
    items: list
it = [Item("widget-%d" % i, ["t%d" % j for j in range(i)], {"k": i}) for i in range(4)]
pprint.pprint(Order(1, it))
pprint.pprint(Order(2, it[:1]), width=30)
pprint.pprint(Order(3, it), depth=2)
@dataclasses.dataclass(repr=False)
class NoRepr:
    a: int
print(pprint.pformat(NoRepr(1)).startswith("<"))
od = OrderedDict((("k%02d" % i, list(range(i))) for i in range(8)))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {"alpha": [1] * 20, "beta": [2] * 20})
pprint.pprint(dd)
pprint.pprint(defaultdict(int))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog" * 2))
pprint.pprint(Counter())
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque())
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
pprint.pprint(ChainMap())
pprint.pprint(UserDict({"x": list(range(30))}))
pprint.pprint(UserList(list(range(40))))
pprint.pprint(types.SimpleNamespace(alpha=list(range(15)), beta="b" * 60, gamma={"n": 1}))
pprint.pprint(types.SimpleNamespace())
pprint.pprint(types.MappingProxyType({"a": list(range(30)), "b": 2}))
P = namedtuple("P", "x y z")
pprint.pprint([P(list(range(10)), "y" * 40, {"z": 1})] * 2)
pprint.pprint(bytearray(b"abcdefghij" * 10))
pprint.pprint("a long string with many words that should wrap " * 3, width=40)
pprint.pprint(["short", "a long string with many words that should wrap nicely " * 2], width=50)
pprint.pprint({"key": "value " * 30}, width=60)
pprint.pprint(b"\x00\x01" * 40, width=50)
pprint.pprint({(1, 2): [3, 4], (0,): "z", (1,): None})
pprint.pprint({3: "c", 1: "a", 2: "b", "x": 0} if False else {3: "c", 1: "a", 2: "b"})
pprint.pprint([{"a": 1, "b": {"c": [1, 2, {"d": (3, 4)}]}}] * 3, width=30, compact=True)
pprint.pprint(set(range(30)), width=40)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(list(range(30)), width=40, indent=4, compact=True)
pprint.pprint(tuple(range(30)), width=40)
pprint.pprint((1,), width=1)
pprint.pprint([[1, 2], [3, 4]], width=1)
pprint.pprint({"a": {"b": {"c": {"d": {}}}}}, depth=2)
pprint.pprint([1, (2, [3, {4: 5}])], depth=1)
pprint.pp({"b": 2, "a": 1})
pprint.pp([3, 2, 1], width=5)
print(pprint.pformat({"z": 1, "a": {"y": 2, "b": 3}}, sort_dicts=False), pprint.pformat(range(10)), pprint.pformat(1.0e20), pprint.pformat(None))
class MyList(list): pass
class MyDict(dict): pass
pprint.pprint(MyList(range(30)))
pprint.pprint(MyDict({i: i for i in range(25)}))
class ReprList(list):
    def __repr__(self): return "RL"
pprint.pprint([ReprList(range(40))])
s = pprint.PrettyPrinter(underscore_numbers=True)
s.pprint([10**8, 1234567.5, {"n": 10**12}])
try: pprint.PrettyPrinter(width=0)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(depth=0)
except ValueError as e: print(e)
try: pprint.PrettyPrinter(indent=-1)
except ValueError as e: print(e)
