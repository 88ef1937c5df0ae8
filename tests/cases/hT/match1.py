from dataclasses import dataclass
from enum import Enum
import collections
class Color(Enum):
    RED = 1
    GREEN = 2
@dataclass
class Point:
    x: int
    y: int
class P3:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 0.0: return "zero"
        case int(n) if n < 0: return f"negative {n}"
        case int() | float() as num: return f"num {num}"
        case "": return "empty str"
        case str(s) if len(s) == 1: return f"char {s}"
        case str(): return "str"
        case b"bytes": return "bytes lit"
        case []: return "empty seq"
        case [x]: return f"one {x}"
        case [1, *rest]: return f"starts 1 rest={rest}"
        case [x, y, *_, z]: return f"x={x} y={y} z={z}"
        case (a, b): return f"pair {a} {b}"
        case {"type": "circle", "r": r}: return f"circle {r}"
        case {"type": t, **rest}: return f"typed {t} {rest}"
        case {}: return "mapping"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y {y}"
        case Point(x, y) if x == y: return f"diag {x}"
        case Point(): return "point"
        case P3(1, b=bb): return f"p3 {bb}"
        case Color.RED: return "red"
        case Color(): return "color"
        case {1, 2}: return "set?"
        case _: return f"other {type(v).__name__}"
for v in [None, True, False, 0, 0.0, -5, 7, 2.5, "", "a", "abc", b"bytes", [], [9], [1, 2, 3], [5, 6, 7, 8], (1, 2),
          {"type": "circle", "r": 2}, {"type": "sq", "s": 1, "t": 2}, {"x": 1}, Point(0, 0), Point(0, 5), Point(3, 3),
          Point(1, 2), P3(1, 2), P3(2, 2), Color.RED, Color.GREEN, {1, 2}, "xyz"[0:0], range(2), collections.deque([1]),
          bytearray(b"ab"), 1+0j, collections.OrderedDict(type="o")]:
    print(repr(v), "->", describe(v))
class Bad:
    __match_args__ = ("a",)
match Bad():
    case Bad(x):
        print("x?")
    case _:
        print("no attr a -> no match")
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
class NotTuple:
    __match_args__ = ["a"]
try:
    match NotTuple():
        case NotTuple(1): pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, x=1): pass
except TypeError as e:
    print("TypeError", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print(kw)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match "hello world".split():
    case ["hello", name]:
        print("greet", name)
x = 5
match 5:
    case x if False: pass
    case other:
        print("capture", other, x)
match (1, 2):
    case [1, 2] as whole:
        print("as", whole)
match 3:
    case 1 | 2 | 3 as n:
        print("or-as", n)
match -1j:
    case -1j: print("complex lit")
match 1+2j:
    case 1+2j: print("complex sum")
