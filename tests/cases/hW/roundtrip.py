import copy
import json
import pickle
from collections import OrderedDict, defaultdict, namedtuple, Counter, deque
from dataclasses import dataclass, field, asdict, astuple
from decimal import Decimal
from fractions import Fraction
from enum import Enum

Point = namedtuple("Point", "x y")


class Color(Enum):
    RED = 1
    GREEN = 2


@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    price: Fraction = Fraction(0)


class Node:
    def __init__(self, val):
        self.val = val
        self.children = []
        self.parent = None

    def add(self, n):
        n.parent = self
        self.children.append(n)
        return n

    def __repr__(self):
        return f"Node({self.val!r}, {len(self.children)} kids)"


class Secretive:
    def __init__(self, a):
        self.a = a
        self.cache = {"big": list(range(5))}

    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)

    def __eq__(self, other):
        return isinstance(other, Reduced) and self.args == other.args


data = {
    "ints": [0, -1, 2 ** 70, True, None],
    "floats": [1.5, -0.0, 1e-10, float("inf")],
    "nested": {"a": [{"b": ("t", "u")}], "ü": "snowman ☃"},
    "point": Point(1, 2),
    "color": Color.GREEN,
    "item": Item("bolt", 3, ["m4"], Fraction(1, 3)),
    "od": OrderedDict([("z", 1), ("a", 2)]),
    "dd": defaultdict(list, {"k": [1]}),
    "counter": Counter("abracadabra"),
    "deque": deque([1, 2, 3], maxlen=5),
    "dec": Decimal("3.14159"),
    "set": {1, 2, 3},
    "fs": frozenset({4}),
    "bytes": b"\x00\xff",
    "ba": bytearray(b"xy"),
    "complex": 3 - 4j,
    "range": range(2, 10, 3),
    "slice": slice(1, None, 2),
    "type": Item,
    "func": len,
}
data["self"] = data["nested"]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, protocol=proto)
    back = pickle.loads(s)
    ok = back == data
    print(proto, ok, back["self"] is back["nested"], type(back["dd"]).__name__, back["deque"].maxlen, back["item"])

root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
r2 = copy.deepcopy(root)
print(r2, r2.children, r2.children[0].parent is r2, r2.children[0].children[0].parent is r2.children[0])
r3 = pickle.loads(pickle.dumps(root))
print(r3.children[1].parent is r3)
c = copy.copy(root)
print(c.children is root.children)
s = Secretive(5)
print(pickle.loads(pickle.dumps(s)).cache, copy.deepcopy(s).cache, copy.copy(s).cache)
print(pickle.loads(pickle.dumps(Reduced(1, "x"))) == Reduced(1, "x"), copy.deepcopy(Reduced([1])).args)
lst = [1, 2]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl, repr(pickle.loads(pickle.dumps(lst))))
print(asdict(data["item"]), astuple(data["item"]))

jdata = {"name": "widget", "sizes": [1, 2.5, -3e-5], "ok": True, "none": None, "nested": {"z": [], "a": {}},
         "uni": "caf\u00e9 \U0001f600", "esc": "tab\tquote\"back\\", 7: "int key", 2.5: "float key", None: "nk"}
print(json.dumps(jdata))
print(json.dumps(jdata, ensure_ascii=False, sort_keys=False, indent=2, separators=(",", ": ")))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("x", indent=4), json.dumps({}, indent=2), json.dumps([[]], indent=2))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Fraction):
            return {"__frac__": [o.numerator, o.denominator]}
        return super().default(o)


txt = json.dumps({"s": {3, 1}, "f": Fraction(2, 6)}, cls=Enc)
print(txt)
print(json.loads(txt, object_hook=lambda d: Fraction(*d["__frac__"]) if "__frac__" in d else d))
print(json.loads('{"a": 1, "a": 2, "b": [1.10, 2]}', object_pairs_hook=list))
print(json.loads('[1.5, 10, 1e400, -Infinity, NaN]', parse_float=Decimal, parse_int=float))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads(' {"x" : null } '), json.loads("123"), json.loads('"\\n"'))
print(json.dumps(float("nan")), json.dumps(2 ** 64), json.dumps(1e16), json.dumps(0.1), json.dumps(Color.RED.value))
for bad in ['{"a" 1}', '[1, 2,]', '{"a": tru}', '', '[1] x', '"abc', "{'a': 1}", '[1, 2', '{"a":1,}', '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, "|", e)
for bad in [{"k": Fraction(1)}, {(1, 2): 3}, [float("inf")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "x": 1}, skipkeys=True), json.dumps(OrderedDict(b=1, a=2)), json.dumps(Point(1, 2)))
print(json.dumps("\x7f\x00\u2028", ensure_ascii=True), json.dumps(True), json.dumps({True: False}))
