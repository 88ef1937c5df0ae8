import collections.abc as abc
from collections import deque, namedtuple, UserDict, UserList
import array

class MyMap(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)

match MyMap({"a": 1, "b": 2}):
    case {"a": x, **rest}:
        print("mymap", x, rest)

class MySeq(abc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i):
        print("seq getitem", i)
        return self.items[i]
    def __len__(self):
        print("len")
        return len(self.items)

match MySeq(1, 2, 3):
    case [a, *b]:
        print("myseq", a, b, type(b).__name__)

class NotRegistered:
    def __getitem__(self, i): return i
    def __len__(self): return 3
match NotRegistered():
    case [*_]:
        print("matched as seq")
    case _:
        print("not a sequence")

for subj in [deque([1, 2]), array.array("i", [1, 2]), range(2), memoryview(b"ab"), "ab", b"ab", bytearray(b"ab"), UserList([1, 2]), (1, 2), [1, 2]]:
    match subj:
        case [x, y]:
            print(type(subj).__name__, "seq", x, y)
        case _:
            print(type(subj).__name__, "no")

for subj in [UserDict(a=1), {"a": 1}, MyMap({"a": 1})]:
    match subj:
        case {"a": 1}:
            print(type(subj).__name__, "map")

Pt = namedtuple("Pt", "x y")
match Pt(1, 2):
    case Pt(x, y=yy):
        print("nt", x, yy)
match Pt(1, 2):
    case (a, b):
        print("nt as seq", a, b)

class Base:
    __match_args__ = ("a",)
    def __init__(self): self.a, self.b = "A", "B"
class Sub(Base):
    pass
class Sub2(Base):
    __match_args__ = ("b", "a")
match Sub():
    case Sub(v):
        print("inherited", v)
match Sub2():
    case Base(v, w):
        print("sub2 via Base", v, w)

class Prop:
    __match_args__ = ("computed",)
    @property
    def computed(self):
        print("prop accessed")
        return 99
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)
match Prop():
    case Prop(99, dyn="dynamic"):
        print("prop ok")
match Prop():
    case Prop(missing=1):
        print("nope")
    case _:
        print("missing attr -> no match")

for v in [1, 1.0, True, "1", 1+0j, None, [1]]:
    match v:
        case bool():
            print(repr(v), "bool")
        case int():
            print(repr(v), "int")
        case float(f):
            print(repr(v), "float", f)
        case complex():
            print(repr(v), "complex")
        case str() | bytes():
            print(repr(v), "text")
        case list((x,)) if False:
            pass
        case list([x]):
            print(repr(v), "list of one", x)
        case _:
            print(repr(v), "other")

match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": int(c) as cc}]}}:
        print("deep", c, cc)

match 5:
    case (1 | 2 | 3) as small:
        print("small")
    case (4 | 5) as mid if mid > 4:
        print("mid", mid)

match [1, [2, 3]]:
    case [x, [y, *z]] if z:
        print(x, y, z)

match (1, 2, 3, 4, 5):
    case (first, *middle, last):
        print(first, middle, last)
match []:
    case [*everything]:
        print("empty star", everything)
match {1: "one", "k": None}:
    case {1: str(s), "k": None}:
        print("int key", s)
match 0:
    case False:
        print("0 matches False?")
    case 0:
        print("0 is not False (identity)")
match 1.0:
    case 1:
        print("1.0 == 1")
match -0.0:
    case 0:
        print("-0.0 matches 0")
