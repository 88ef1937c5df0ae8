# Subclassing builtins: int/str/list/dict/tuple subclasses and their special methods.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 100)
    def __repr__(self):
        return "MyInt(%d)" % int(self)
m = MyInt(5)
t("add", lambda: m + 1)
t("radd from int", lambda: 1 + m)
t("sub inherited", lambda: (m - 1, type(m - 1).__name__))
t("str", lambda: str(m))
t("format", lambda: f"{m} {m:>4}")
t("hash", lambda: hash(m) == hash(5))
t("eq", lambda: m == 5)
t("dict key", lambda: {5: "x"}[m])
t("index", lambda: [0, 1, 2, 3, 4, 5][m])
t("bool", lambda: bool(MyInt(0)))
t("isinstance", lambda: isinstance(m, int))
t("int()", lambda: (int(m), type(int(m)).__name__))

class RInt(int):
    def __radd__(self, o):
        return "RInt.radd"
t("subclass reflected first", lambda: 1 + RInt(2))
t("subclass reflected other", lambda: RInt(2) + 1)
class RFloat(float):
    def __rsub__(self, o):
        return "RFloat.rsub"
t("float subclass reflected", lambda: 1.0 - RFloat(2))
t("int - float subclass", lambda: 1 - RFloat(2))

class MyStr(str):
    def __len__(self):
        return 99
    def upper(self):
        return "custom upper"
s = MyStr("abc")
t("len", lambda: len(s))
t("upper", lambda: s.upper())
t("concat", lambda: (s + "d", type(s + "d").__name__))
t("str()", lambda: type(str(s)).__name__)
t("repr", lambda: repr(s))
t("slicing", lambda: type(s[1:]).__name__)
t("bool", lambda: bool(MyStr("")))
t("eq", lambda: s == "abc")
t("in dict", lambda: {"abc": 1}[s])
class MyList(list):
    def __getitem__(self, i):
        return "item"
ml = MyList([1, 2])
t("getitem", lambda: ml[0])
t("iter bypasses", lambda: list(ml))
t("unpack", lambda: (lambda a, b: (a, b))(*ml))
t("sorted", lambda: sorted(ml))
t("add", lambda: type(ml + [3]).__name__)
t("repr", lambda: repr(ml))
t("eq", lambda: ml == [1, 2])
class MyDict(dict):
    def __getitem__(self, k):
        return "dget"
    def __len__(self):
        return 0
md = MyDict(a=1)
t("dict getitem", lambda: md["a"])
t("dict get", lambda: md.get("a"))
t("bool uses len", lambda: bool(md))
t("**", lambda: (lambda **k: k)(**md))
t("repr", lambda: repr(md))
class MyTuple(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
mt = MyTuple(1, 2)
t("tuple new", lambda: (mt, type(mt).__name__))
t("tuple add", lambda: type(mt + (3,)).__name__)
t("tuple eq", lambda: mt == (1, 2))
class IntWithAttr(int):
    pass
i = IntWithAttr(3)
i.tag = "t"
t("attr", lambda: (i.tag, vars(i)))
class Flt(float):
    pass
t("float sub repr", lambda: repr(Flt(1.5)))
t("float sub arith", lambda: type(Flt(1.5) + 1).__name__)
class B2(int):
    def __bool__(self):
        return True
t("int sub bool", lambda: bool(B2(0)))
class CmpInt(int):
    def __lt__(self, o):
        return "CmpInt.lt"
    def __gt__(self, o):
        return "CmpInt.gt"
t("int < sub", lambda: 1 < CmpInt(2))
t("sub < int", lambda: CmpInt(2) < 1)
class Tr(int):
    def __eq__(self, o):
        return "Tr.eq"
    __hash__ = int.__hash__
t("int == sub", lambda: 1 == Tr(1))
t("list contains sub", lambda: Tr(1) in [1])
t("int sub new", lambda: (type(int.__new__(MyInt, 7)).__name__, int.__new__(MyInt, 7)))
t("int sub new kw", lambda: MyInt("12", base=8))
class Neg(int):
    def __neg__(self):
        return "neg"
t("neg", lambda: -Neg(1))
t("abs", lambda: abs(Neg(-1)))
