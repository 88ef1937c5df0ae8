import collections
from dataclasses import dataclass
def t(f):
    try: print(repr(f()))
    except Exception as e: print("!!", type(e).__name__, e)
class C: pass
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Bad:
    __match_args__ = ("x", 5)
    x = 1
class BadArgs:
    __match_args__ = ["x"]
    x = 1
def m(v):
    match v:
        case C(): return "C"
        case P(0, y=0): return "origin"
        case P(x, y) if x == y: return f"diag {x}"
        case P(x=px): return f"P x={px}"
        case [1, *rest] if rest: return f"list starting 1 rest={rest}"
        case [*_, 9]: return "ends 9"
        case (a, b): return f"pair {a} {b}"
        case {"k": 1, **rest}: return f"map k=1 rest={rest}"
        case {"k": _}: return "map k any"
        case str() | bytes(): return "stringish"
        case int(n) | float(n) if n < 0: return f"negative {n}"
        case bool(): return "bool (unreachable?)"
        case collections.OrderedDict(): return "odict"
        case _: return "other"
for v in [C(), P(0, 0), P(2, 2), P(1, 3), [1, 2], [1], [5, 9], (5, 9), (3, 4), range(2), collections.deque([7, 9]), "ab", b"ab", bytearray(b"x"), {"k": 1, "z": 2}, {"k": 2}, collections.defaultdict(int), -3, -2.5, True, False, 0, collections.OrderedDict(), iter([1, 9]), [1, 9]]:
    print(type(v).__name__, "->", m(v))
def m2(v):
    match v:
        case Bad(a, b): return (a, b)
t(lambda: m2(Bad()))
def m3(v):
    match v:
        case C(a): return a
t(lambda: m3(C()))
def m4(v):
    match v:
        case BadArgs(a): return a
t(lambda: m4(BadArgs()))
def m5(v):
    match v:
        case int(a, b): return a
t(lambda: m5(1))
@dataclass
class D:
    a: int
    b: str = "x"
def m6(v):
    match v:
        case D(1, b): return f"D1 {b}"
        case D(a=2) as whole: return f"D2 {whole}"
        case D(_, "y" | "z" as bz): return f"bz {bz}"
    return "none"
print(m6(D(1)), m6(D(2)), m6(D(3, "z")), m6(D(3)))
calls = []
class Tracker(dict):
    def __getitem__(self, k): calls.append(("getitem", k)); return super().__getitem__(k)
    def get(self, k, d=None): calls.append(("get", k)); return super().get(k, d)
    def __missing__(self, k): calls.append(("missing", k)); return None
def m7(v):
    match v:
        case {"a": 1, "b": x}: return x
        case {"c": y}: return y
    return "none"
print(m7(Tracker(a=1, b=2)), m7(Tracker(c=3)), m7(Tracker()), calls)
dd = collections.defaultdict(list)
match dd:
    case {"nope": _}: print("matched?!")
    case _: print("no match, keys:", list(dd))
class Eq:
    def __eq__(self, o): print("Eq.__eq__", o); return True
class NS:
    val = Eq()
match 5:
    case NS.val: print("value pattern via __eq__")
match [1, 2, 3]:
    case [x, y] | [x, y, _]: print("or-pattern", x, y)
match {"type": "move", "dx": 1, "dy": -1}:
    case {"type": "move", "dx": int(dx), "dy": int(dy)} if dx or dy: print("move", dx, dy)
x = 10
match 3:
    case x: print("capture rebinds x:", x)
print(x)
match (1, (2, [3, 4])):
    case (a, (b, [c, *d])): print(a, b, c, d)
match 1.0:
    case 1: print("1.0 matches literal 1")
match True:
    case 1: print("True matches 1")
match "x":
    case "x" if (print("guard evaluated") or True): print("guarded")
