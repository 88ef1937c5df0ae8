from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Color:
    RED = "red"
    GREEN = "green"
class Shape:
    __match_args__ = ("kind", "size")
    def __init__(self, kind, size): self.kind = kind; self.size = size
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 0.0: return "zero"
        case int(n) if n < 0: return f"negative int {n}"
        case int() | float() as num: return f"number {num!r}"
        case "": return "empty str"
        case str(s) if len(s) == 1: return f"char {s}"
        case str(): return "string"
        case b"bytes": return "bytes lit"
        case Color.RED: return "the red"
        case []: return "empty list"
        case [x]: return f"one item {x}"
        case [1, *rest]: return f"starts with 1, rest={rest}"
        case [first, *_, last]: return f"seq {first}..{last}"
        case {"type": "circle", "r": r}: return f"circle r={r}"
        case {"type": t, **rest} if rest: return f"typed {t} extra={sorted(rest)}"
        case {}: return "mapping"
        case Point(x=0, y=0): return "origin"
        case Point(x=0, y=yy): return f"on y axis {yy}"
        case Point(xx, yy): return f"point {xx},{yy}"
        case Shape("sq", size) | Shape("square", size): return f"square {size}"
        case Shape(kind, _): return f"shape {kind}"
        case _: return f"other {type(v).__name__}"

for v in [None, True, False, 0, 0.0, -3, 7, 2.5, "", "a", "abc", b"bytes", "red", [], [9], (1, 2, 3), [4, 5, 6, 7],
          {"type": "circle", "r": 2}, {"type": "sq", "a": 1, "b": 2}, {"type": "x"}, {}, Point(0, 0), Point(0, 4), Point(1, 2),
          Shape("sq", 3), Shape("square", 4), Shape("tri", 1), {1, 2}, range(2), "xy"]:
    print(repr(v) if not isinstance(v, (Point, Shape)) else type(v).__name__, "->", describe(v))
match (1, (2, [3, 4])):
    case (a, (b, [c, d])) as whole:
        print(a, b, c, d, whole)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("kw", kw)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e: print("TypeError", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e: print("TypeError", e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e: print("TypeError", e)
class BadMA:
    __match_args__ = ["x"]
    x = 3
try:
    match BadMA():
        case BadMA(3): print("list match args")
except TypeError as e: print("TypeError", e)
try:
    match 1:
        case NoArgs.missing: pass
except AttributeError as e: print("AttributeError", e)
try:
    match TooMany():
        case TooMany(a=1, zz=2): print("no")
        case _: print("missing attr -> no match")
except Exception as e: print(type(e).__name__, e)
match "hello":
    case str(x) if x.startswith("h"): print("guard ok", x)
x = 10
match 10:
    case y if y == x: print("captured y", y)
from collections import OrderedDict, defaultdict
match OrderedDict(a=1):
    case {"a": v}: print("ordered", v)
dd = defaultdict(int)
match dd:
    case {"missing": _}: print("matched missing?!")
    case _: print("defaultdict not extended", dict(dd))
match [1, 2, 3]:
    case [*head, 3]: print("head", head)
match "abc":
    case [*chars]: print("str is seq?!")
    case _: print("str not a sequence pattern")
match 3:
    case 1 | 2 | 3 as n: print("or-as", n)
match -1:
    case -1: print("neg literal")
match 1+2j:
    case 1+2j: print("complex literal")
match (1, 2):
    case [1, 2]: print("tuple matches list pattern")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("never")
    case _: print("1 doesn't match True")
