from collections.abc import Mapping, Sequence
import collections
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)
class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)
class NotRegistered:
    def __getitem__(self, i): return i
    def __len__(self): return 2
def m(v):
    match v:
        case {"a": 1, **rest}: return f"map a=1 rest={rest}"
        case [x, y]: return f"seq2 {x} {y}"
        case [x, *ys]: return f"seq+ {x} {ys}"
        case bytes() | bytearray(): return "bytes-like"
        case str() as s: return f"str {s}"
        case _: return f"other {type(v).__name__}"
print(m(MyMap({"a": 1, "b": 2})))
print(m(MyMap({"z": 1})))
print(m(MySeq(1, 2)), m(MySeq(1, 2, 3)), m(NotRegistered()), m(b"ab"), m(bytearray(b"ab")), m("ab"), m(memoryview(b"ab")))
print(m(collections.deque([1, 2])), m(range(2)), m(collections.OrderedDict(a=1)), m(collections.UserDict({"a": 1})), m(collections.UserList([5, 6])))
class IntSub(int): pass
class StrSub(str): pass
def k(v):
    match v:
        case bool(b): return f"bool {b}"
        case int(i): return f"int {i!r}"
        case float(f): return f"float {f}"
        case str(s): return f"str {s!r}"
        case list([*items]): return f"list {items}"
        case tuple((a, b)): return f"pair {a},{b}"
        case dict({"k": val}): return f"dict k={val}"
        case set() | frozenset(): return "a set"
        case _: return "other"
print([k(v) for v in [True, 3, IntSub(4), 2.5, "s", StrSub("t"), [1, 2], (1, 2), (1, 2, 3), {"k": 9}, {1}, frozenset(), None]])
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
print(P.__match_args__)
match P(1, 2):
    case P(1, y=yy): print("dc match", yy)
match P(3):
    case P(x=3, y=0) as p: print("kw match", p)
match 5:
    case P(): print("no")
    case int(): print("int class pattern w/o args")
match {"x": {"y": [1, {"z": "deep"}]}}:
    case {"x": {"y": [_, {"z": str(found)}]}}: print("deep", found)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]: print("nested", a + b + c + d)
match (1, 2, 3, 4, 5):
    case (1, *mid, 5) if len(mid) == 3: print("mid", mid)
match {"a": None}:
    case {"a": None}: print("None value matched")
match {}:
    case {"a": _}: print("no")
    case {}: print("empty mapping matched {}")
val = 3
class NS: VAL = 3
match 3:
    case NS.VAL: print("dotted value pattern")
match 0.0:
    case -0.0: print("-0.0 matches 0.0")
match float("nan"):
    case x if x != x: print("nan via guard")
