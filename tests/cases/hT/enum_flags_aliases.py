import enum
from enum import Enum, Flag, IntFlag, auto, IntEnum, StrEnum
def t(desc, f):
    try:
        print(desc, repr(f()))
    except Exception as e:
        print(desc, "!!", type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0
class IP(IntFlag):
    A = 1
    B = 2
    AB = 3
t("alias", lambda: Color.CRIMSON)
t("members", lambda: list(Color.__members__))
t("iter", lambda: list(Color))
t("len", lambda: len(Color))
t("in member", lambda: Color.RED in Color)
t("in int", lambda: 1 in Color)
t("in str", lambda: "RED" in Color)
t("reversed", lambda: list(reversed(Color)))
t("bool", lambda: bool(Color.RED))
t("perm iter", lambda: list(Perm))
t("perm RWX", lambda: (Perm.RWX, list(Perm.RWX), len(Perm.RWX)))
t("perm 6", lambda: Perm(6))
t("perm 0", lambda: (Perm(0), Perm.NONE, Perm(0) is Perm.NONE))
t("perm ~R", lambda: ~Perm.R)
t("perm ~RWX", lambda: ~Perm.RWX)
t("perm R|W", lambda: str(Perm.R | Perm.W))
t("perm ^", lambda: Perm.RWX ^ Perm.R)
t("perm &", lambda: Perm.RWX & Perm.W)
t("perm in", lambda: (Perm.R in Perm.RWX, Perm.R in Perm.W))
t("perm in int", lambda: 4 in Perm.RWX)
t("perm name", lambda: (Perm(6).name, Perm(0).name, Perm.RWX.name))
t("perm value", lambda: Perm(5).value)
t("perm bad", lambda: Perm(8))
t("perm | int", lambda: Perm.R | 1)
t("ip", lambda: (IP(3), IP.A | IP.B, IP(4), IP(5), IP(-1), ~IP.A, IP.A | 8, IP.A + 1))
t("ip str", lambda: (str(IP.A | IP.B), str(IP(4)), format(IP(5)), str(IP(0))))
t("ip repr", lambda: [repr(IP(v)) for v in range(0, 9)])
t("ip bool ops", lambda: (IP.A & 3, 3 & IP.A, IP.A ^ IP.B, type(IP.A ^ IP.B)))
t("ip name", lambda: (IP(5).name, IP(4).name, IP(3).name))
t("color hash", lambda: hash(Color.RED) == hash(Color.CRIMSON))
t("getitem", lambda: Color["CRIMSON"])
t("call name", lambda: Color("RED"))
t("lookup _value2member_map_", lambda: Color._value2member_map_)
t("member_names", lambda: Color._member_names_)
t("type", lambda: (type(Color.RED), type(Color), Color.__class__.__name__))
t("dir member", lambda: dir(Color.RED))
t("class dir", lambda: [d for d in dir(Color) if not d.startswith("_")])
t("functional", lambda: list(Enum("Q", {"a": 1, "b": 2})))
t("functional start", lambda: list(Enum("Q", "a b", start=10)))
t("functional type", lambda: list(IntEnum("Q", "a b")))
t("functional module", lambda: Enum("Q", "a", module="mymod").__module__)
t("functional qualname", lambda: Enum("Q", "a", qualname="X.Q").__qualname__)
t("auto str", lambda: list(StrEnum("S", "Aa Bb")))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
t("auto after value", lambda: list(A))
class NoAuto(Enum):
    X = "x"
    Y = auto()
t("auto after str", lambda: list(NoAuto))
t("value attr", lambda: (Color.RED.value, Color.RED._value_, Color.RED._name_, Color.RED.name))
t("set name", lambda: setattr(Color.RED, "name", "x"))
t("set value", lambda: setattr(Color.RED, "value", 5))
t("new attr", lambda: setattr(Color.RED, "extra", 5) or Color.RED.extra)
t("compare", lambda: (Color.RED == 1, Color.RED != Color.GREEN, IP.A == 1, IP.A < 2))
t("sorted ints", lambda: sorted([IP.B, IP.A]))
t("bool flag", lambda: (bool(Perm(0)), bool(Perm.R)))
class Sh(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1
t("ignore", lambda: list(Sh))
class WithDoc(Enum):
    """Doc here."""
    A = 1
t("doc", lambda: (WithDoc.__doc__, WithDoc.A.__doc__))
t("Enum doc", lambda: Color.__doc__)
t("pickle", lambda: __import__("pickle").loads(__import__("pickle").dumps(Color.GREEN)))
t("copy", lambda: __import__("copy").deepcopy(Perm.R | Perm.W))
t("format spec", lambda: (f"{Color.RED:>10}|", f"{IP.A:>5}|", f"{IP.A:b}"))
t("unique", lambda: enum.unique(Color))
