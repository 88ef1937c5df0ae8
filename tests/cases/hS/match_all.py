import enum
from dataclasses import dataclass

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class NS:
    class Inner:
        X = 10

@dataclass
class Point:
    x: int
    y: int

class P3:
    __match_args__ = ("a", "b")
    def __init__(self, a, b, c=0):
        self.a, self.b, self.c = a, b, c
    def __repr__(self): return f"P3({self.a}, {self.b}, {self.c})"

def classify(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small!r}"
        case Color.RED:
            return "red"
        case NS.Inner.X:
            return "ten"
        case -3:
            return "minus three"
        case 1.5 | 2+3j:
            return "float-or-complex"
        case "a" "b":
            return "ab"
        case b"bytes":
            return "bytes"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"neg {n}"
        case [] | ():
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [1, *rest]:
            return f"starts 1 rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"k": _, **rest}:
            return f"k-map rest={sorted(rest.items())}"
        case {}:
            return "any mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diag {x}"
        case P3(1, b, c=3):
            return f"p3 b={b}"
        case P3(a, b):
            return f"p3 {a} {b}"
        case (x, y) | [x, y, _]:
            return f"pairish {x} {y}"
        case _:
            return "other"

tests = [None, True, False, 0, 1, Color.RED, Color.GREEN, 10, -3, 1.5, 2+3j, "ab", b"bytes",
         "hello", "hi", -7, 7, [], (), [5], (5,), [1, 2, 3], [4, 5, 6, 7], "abc"[0:0],
         {"type": "circle", "r": 2}, {"k": 1, "z": 2, "a": 3}, {"x": 1},
         Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), P3(1, 2, 3), P3(1, 2), (8, 9), [8, 9, 10],
         1.0, 0.0, 1+0j, range(2), bytearray(b"ab"), "x"]
for t in tests:
    print(repr(t), "->", classify(t))

# binding on failed matches
match [1, 2, 3]:
    case [a, b] :
        pass
    case [a, b, c] if c > 5:
        pass
    case _:
        print("bound after failed", a, b, c)

# guard side effects and order
log = []
def g(x):
    log.append(x)
    return x > 2
for v in [1, 3]:
    match v:
        case n if g(n):
            print("guarded", n)
        case n:
            print("fallback", n)
print(log)

# match on strings not treated as sequence
match "abc":
    case [*chars]:
        print("seq", chars)
    case _:
        print("str is not a sequence pattern")
match {"a": 1}:
    case {"a": 1, **kw}:
        print("kw", kw)
from collections import defaultdict, OrderedDict
d = defaultdict(int)
match d:
    case {"missing": 0}:
        print("matched missing")
    case _:
        print("defaultdict no auto-insert", dict(d))
match OrderedDict(a=1):
    case {"a": v}:
        print("ordered", v)
