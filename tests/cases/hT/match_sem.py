import collections.abc
class LoggingMap(collections.abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k):
        print("  getitem", k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("  get", k); return self.d.get(k, default)
    def keys(self):
        print("  keys"); return self.d.keys()
match LoggingMap({"a": 1, "b": 2}):
    case {"a": 1, **rest}:
        print("rest", rest)
class Eq:
    def __eq__(self, other):
        print("  eq called with", other)
        return True
class NS:
    E = Eq()
match 5:
    case NS.E:
        print("matched via __eq__")
match [1, 2, 3]:
    case [a, b, c] if c > 5:
        print("no")
    case _:
        print("guard failed but bound:", a, b, c)
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", inst)
        return inst == 42
class Magic(metaclass=Meta):
    __match_args__ = ()
match 42:
    case Magic():
        print("magic matched")
class Prop:
    @property
    def __match_args__(self): return ("x",)
    x = 1
try:
    match Prop():
        case Prop(1):
            print("prop matched")
except TypeError as e:
    print("TypeError", e)
class Seqish:
    def __len__(self): return 2
    def __getitem__(self, i): return [10, 20][i]
collections.abc.Sequence.register(Seqish)
match Seqish():
    case [x, y]:
        print("seqish", x, y)
for v in ["ab", b"ab", bytearray(b"ab"), range(2), memoryview(b"ab") if False else (1, 2), iter([1, 2])]:
    match v:
        case [p, q]:
            print(type(v).__name__, "seq", p, q)
        case _:
            print(type(v).__name__, "not seq")
for v in [True, 1, 1.0, 1+0j, bytearray(b"x"), frozenset({1}), {"k": 1}, (1,), "s", b"b", [1], {1}]:
    for cls in [bool, int, float, complex, bytearray, frozenset, dict, tuple, str, bytes, list, set]:
        try:
            exec("match v:\n case C(z):\n  r = z\n case _:\n  r = None", {"v": v, "C": cls}, ns := {})
            if ns.get("r") is not None:
                print(type(v).__name__, cls.__name__, repr(ns["r"]))
        except TypeError as e:
            print(type(v).__name__, cls.__name__, "TypeError", e)
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self): self.x = 1
match Pt():
    case Pt(x, y):
        print("no y")
    case Pt(x):
        print("x only", x)
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": v} if v:
        print("v", v)
import enum
class C(enum.Enum):
    A = 1
match 1:
    case C.A:
        print("1 == C.A?")
    case _:
        print("enum not equal to int")
match C.A:
    case C.A:
        print("identity")
match 1.0:
    case 1:
        print("1.0 matches 1")
match True:
    case 1:
        print("True matches 1")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 is not True")
match float("nan"):
    case x if x != x:
        print("nan")
class Mappish:
    def __init__(self): self.d = {"k": 5}
    def get(self, k, default=None): return self.d.get(k, default)
    def keys(self): return self.d.keys()
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return 1
match Mappish():
    case {"k": v}:
        print("unregistered mapping?", v)
    case _:
        print("not a mapping yet")
collections.abc.Mapping.register(Mappish)
match Mappish():
    case {"k": v, **rest}:
        print("registered mapping", v, rest)
class SubSeqish(Seqish): pass
match SubSeqish():
    case [*all_]:
        print("subclass of registered", all_)
class Plain:
    pass
match Plain():
    case [*_]:
        print("no")
    case {}:
        print("no")
    case Plain():
        print("plain")
