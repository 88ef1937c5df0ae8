from dataclasses import dataclass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
@dataclass
class Circle:
    center: Point
    r: float
def describe(obj):
    match obj:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num!r}"
        case "" :
            return "empty str"
        case str(s) if len(s) == 1:
            return f"char {s}"
        case str():
            return f"str {obj}"
        case []:
            return "empty list"
        case [x]:
            return f"singleton {x}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [first, *_, last] if isinstance(obj, tuple):
            return f"tuple {first}..{last}"
        case [_, [a, b], *others]:
            return f"nested {a},{b} others={others}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle dict r={r} rest={rest}"
        case {"k": {"inner": v}}:
            return f"inner {v}"
        case {}:
            return f"some mapping {len(obj)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, 0):
            return f"on x axis at {xx}"
        case Circle(Point(x, y), r=rad) if rad > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c):
            return f"circle at {c}"
        case Point() as p:
            return f"point {p}"
        case bytes() | bytearray():
            return "bytes-like"
        case _:
            return f"other {type(obj).__name__}"
tests = [None, True, False, 0, 0.0, -5, 7, 2.5, "", "a", "hello", [], [9], [1, 2, 3],
         (4, 5, 6), [0, [7, 8], 9, 10], {"type": "circle", "r": 3, "c": "red"},
         {"k": {"inner": 1}}, {"z": 1}, {}, Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1),
         Circle(Point(1, 2), 20), Circle(Point(1, 2), 1), b"x", bytearray(b"y"), 3j, "ab"]
for t in tests:
    print(repr(t), "->", describe(t))

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "r"
        case Color.GREEN:
            return "g"
print(color(Color.RED), color(Color.GREEN), color(3))

def cmd(s):
    match s.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [("a" | "b") as x, ("c" | "d") as y]:
            return x + y
        case _:
            return "?"
for s in ["go north", "go west", "take a b", "take", "quit", "exit", "a d", "b b"]:
    print(s, "=>", cmd(s))

match 5:
    case x:
        print("captured", x)
print(x)
match (1, 2):
    case (a, b) | [b, a]:
        print(a, b)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print(kw)
class M:
    __match_args__ = ("a",)
    a = 1
try:
    match M():
        case M(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError", e)
match -3:
    case -3:
        print("neg literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
match "x":
    case "x" "":
        print("concat literal")
