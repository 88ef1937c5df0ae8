print("== 0")
class K:
    A = "a"
    B = "a"
match {"a": 1}:
    case {K.A: 1, K.B: 2}:
        print("x")
print("== 1")
class D:
    __match_args__ = (1,)
match D():
    case D(x):
        print(x)
print("== 2")
class D:
    __match_args__ = "ab"
    a = 1
match D():
    case D(x):
        print(x)
print("== 3")
not_a_class = len
match 1:
    case not_a_class():
        print(1)
print("== 4")
class G:
    @property
    def p(self):
        raise KeyError("from getattr")
match G():
    case G(p=1):
        print(1)
print("== 5")
class G:
    @property
    def p(self):
        raise AttributeError("attr")
match G():
    case G(p=1):
        print(1)
    case _:
        print("no match on AttributeError")
print("== 6")
class E:
    def __eq__(self, o):
        print("eq called with", o)
        return True
class V:
    e = E()
match 5:
    case V.e:
        print("matched via __eq__")
print("== 7")
class E:
    def __eq__(self, o):
        return True
match E():
    case None:
        print("None?")
    case True:
        print("True?")
    case 1:
        print("1 via eq")
print("== 8")
def subj():
    print("evaluated")
    return [1, 2]
match subj():
    case [1, 3]:
        pass
    case [1, 2]:
        print("second")
print("== 9")
class M(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
    def keys(self):
        print("keys")
        return super().keys()
match M(a=1, b=2):
    case {"a": 1, **rest}:
        print(rest)
print("== 10")
match 42:
    case int(x) if x > 100:
        print("big")
    case int(x):
        print("x bound", x)
print("== 11")
x = 0
match 5:
    case x if x < 3:
        print("no")
    case _:
        print("x now", x)
print("== 12")
match (1, 2):
    case [1, 2] | (1, 2, 3):
        print("first alt")
print("== 13")
class A: pass
class B(A): pass
match B():
    case A():
        print("subclass matches A()")
print("== 14")
match "hello":
    case str(x) if x.startswith("h"):
        print("starts h", x)
print("== 15")
match 3:
    case int(real=3, imag=0):
        print("int attrs")
print("== 16")
match [1, 2, 3]:
    case list([1, *r]):
        print(r)
print("== 17")
import collections
Point = collections.namedtuple("Point", ["x", "y"])
print(Point.__match_args__)
match Point(1, 2):
    case Point(y=2, x=x):
        print("kw", x)
print("== 18")
from dataclasses import dataclass, field
@dataclass
class Q:
    a: int
    b: int = field(default=0, kw_only=True)
    c: int = 5
print(Q.__match_args__)
print("== 19")
from enum import Enum, auto
class C(Enum):
    R = auto()
    G = auto()
def f(c):
    match c:
        case C.R: return "red"
        case C.G: return "green"
print(f(C.R), f(C.G), f(1))
print("== 20")
match b"abc":
    case [97, *_]:
        print("bytes seq?")
    case bytes(x):
        print("bytes", x)
print("== 21")
match 1:
    case 1 if (y := 5):
        print(y)
print("== 22")
match {"x": 1}:
    case {"x": 1} if False:
        pass
    case {**kw} if kw:
        print("kw", kw)
print("== 23")
match (1, 2):
    case (x, y) if x > y:
        print("gt")
    case (x, y) if x < y:
        print("lt", x, y)
print("== 24")
import re
m = re.match(r"(\d+)", "123")
match m:
    case re.Match():
        print("is a Match", m.group(1))

