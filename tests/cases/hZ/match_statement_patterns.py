def classify(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"neg {n}"
        case float() | complex():
            return "floaty"
        case "":
            return "empty str"
        case str(s):
            return f"str {s}"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case {"type": "pt", "x": x, **others}:
            return f"pt {x} {others}"
        case {}:
            return "mapping"
        case None:
            return "none"
        case _:
            return "other"
for v in (0, 1, -5, 7, 2.5, 1j, "", "hi", [9], (1, 2, 3), [], {"type": "pt", "x": 1, "z": 2}, {"a": 1}, None, {1}, True):
    print(repr(v), "->", classify(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(x=x, y=y) if x == y: return "diag"
        case Point(): return "somewhere"
for p in (Point(0, 0), Point(0, 3), Point(4, 0), Point(2, 2), Point(1, 5)):
    print(where(p))
match [1, [2, 3]]:
    case [a, [b, c]] as whole:
        print(a, b, c, whole)
match "abc":
    case ("abc" | "xyz") as s:
        print("alt", s)
import enum
class C(enum.Enum):
    R = 1
match C.R:
    case C.R: print("enum value pattern")
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
