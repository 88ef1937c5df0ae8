import pprint
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
import dataclasses
data = {"name": "x" * 30, "list": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 50}], "z": (1, 2, 3)}, "set": {1, 2, 3}, "fs": frozenset({5}), "t": (1,), "e": (), "s": set()}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(10))] * 5, width=30)
print(pprint.pformat("a long string " * 10, width=30))
print(pprint.pformat(b"bytes value " * 8, width=30))
pprint.pprint(OrderedDict((str(i), i) for i in range(12)))
pprint.pprint(defaultdict(list, {"k" + str(i): [i] * 5 for i in range(6)}))
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(deque(range(40), maxlen=50))
@dataclasses.dataclass
class Pt:
    x: int
    y: list
pprint.pprint([Pt(1, list(range(25))), Pt(2, [])], width=50)
NT = namedtuple("NT", "alpha beta")
pprint.pprint([NT(list(range(20)), "q" * 40)], width=40)
r = [1, 2]; r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']))
pp = pprint.PrettyPrinter(indent=4, width=20)
pp.pprint({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 3}})
pprint.pprint({(1, 2): "tuple key", (0,): "x", 3: 'int'} if False else {3: 'int', 1: 'one', -1: 'neg'})
pprint.pprint(range(10)); pprint.pprint({}); pprint.pprint([]); pprint.pprint([[[[[1]]]]], depth=2)
pprint.pprint({"x": {"y": {"z": 1}}}, depth=2)
pprint.pprint(["a" * 20, "b" * 20, "c" * 20], width=20)
print(pprint.pformat({"key": "value " * 20}, width=50))
pprint.pprint(dict.fromkeys("abcdefghijklmnop", 0), underscore_numbers=True)
pprint.pprint([12345678, 1234.5], underscore_numbers=True)
import types
pprint.pprint(types.SimpleNamespace(a=1, b="two" * 30, c=[1, 2]))
pprint.pp({"b": 1, "a": 2})
