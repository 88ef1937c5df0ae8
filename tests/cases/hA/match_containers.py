import collections
from collections import deque, OrderedDict, defaultdict, UserDict, namedtuple
from collections.abc import Mapping, Sequence
def kind(x):
    match x:
        case [*items] if not items:
            return "empty seq"
        case [a, b, *_]:
            return f"seq2+ {a!r},{b!r}"
        case [a]:
            return f"seq1 {a!r}"
        case {"k": v}:
            return f"map k={v!r}"
        case {}:
            return "map"
        case _:
            return "other"
for v in ["ab", b"ab", bytearray(b"ab"), deque([1, 2]), range(3), range(0), (1,), memoryview(b"xy"),
          {"k": 1}, OrderedDict(k=2), defaultdict(int), UserDict(k=3), {1, 2}, frozenset(), "", 5,
          collections.Counter("aab"), dict.fromkeys("k"), iter([1, 2])]:
    print(type(v).__name__, kind(v))
dd = defaultdict(list)
match dd:
    case {"missing": x}:
        print("matched?!")
    case _:
        print("no match, keys:", list(dd))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
match MyMap({"k": 5, "z": 6}):
    case {"k": v, **rest}:
        print("custom mapping", v, rest)
class MySeq(Sequence):
    def __getitem__(self, i): return [7, 8, 9][i]
    def __len__(self): return 3
match MySeq():
    case [first, *mid, last]:
        print("custom seq", first, mid, last)
Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("namedtuple kw", yy)
match Pt(3, 4):
    case Pt(a, b):
        print("namedtuple pos", a, b)
match Pt(5, 6):
    case (a, b):
        print("as tuple", a, b)
for val in [True, 1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset([1]), bytearray(b"z"), 3j]:
    match val:
        case bool(b): r = f"bool {b}"
        case int(i): r = f"int {i}"
        case float(f): r = f"float {f}"
        case str(s): r = f"str {s}"
        case bytes(bb): r = f"bytes {bb}"
        case list(l): r = f"list {l}"
        case tuple(t): r = f"tuple {t}"
        case dict(d): r = f"dict {d}"
        case set(s): r = f"set {s}"
        case frozenset(s): r = f"frozenset {s}"
        case bytearray(ba): r = f"bytearray {ba}"
        case _: r = "other"
    print(r)
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(y):
            pass
except TypeError as e:
    print(e)
class BadArgs2:
    __match_args__ = ("x", 1)
    x = 1
try:
    match BadArgs2():
        case BadArgs2(a, b):
            pass
except TypeError as e:
    print(e)
class Dup:
    __match_args__ = ("x",)
    x = 1
try:
    match Dup():
        case Dup(a, x=b):
            pass
except TypeError as e:
    print(e)
class NoAttr:
    __match_args__ = ("missing",)
match NoAttr():
    case NoAttr(m):
        print("??")
    case _:
        print("missing attr -> no match")
class Prop:
    @property
    def boom(self): raise ValueError("boom prop")
try:
    match Prop():
        case Prop(boom=1): pass
except ValueError as e:
    print("propagated", e)
x = 3
match 3:
    case 1 | 2:
        print("1|2")
    case 3 if x > 5:
        print("guarded")
    case 3 | 4 as n if n == 3:
        print("or with as", n)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": int(bv)}]}:
        print("deep", bv)
match "hello":
    case str() as s if s.startswith("h"):
        print("starts with h")
match 0.0:
    case -0.0:
        print("neg zero matches zero")
match float("nan"):
    case _ if True:
        print("nan wildcard")
match None:
    case False:
        print("None is False?")
    case None:
        print("None")
match 1:
    case True:
        print("1 matched True?")
    case 1:
        print("1 matched 1")
match True:
    case 1:
        print("True matched 1")
import enum
class Sh(enum.IntEnum):
    A = 1
match 1:
    case Sh.A:
        print("int matches IntEnum")
def kw(**k):
    match k:
        case {"a": 1, "b": 2}:
            return "ab"
        case {"a": _, **others} if others:
            return f"a+{sorted(others)}"
        case {"a": _}:
            return "a only"
    return "none"
print(kw(a=1, b=2), kw(a=1, c=3, d=4), kw(a=9), kw(z=1))
