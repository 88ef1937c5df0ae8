# __index__, __int__, __float__, __complex__, __round__/__trunc__/__floor__/__ceil__.
import math
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Ix:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t("list idx", lambda: [10, 20, 30][Ix(1)])
t("slice idx", lambda: [10, 20, 30][Ix(1):Ix(3)])
t("range", lambda: list(range(Ix(3))))
t("hex", lambda: hex(Ix(255)))
t("bin", lambda: bin(Ix(5)))
t("oct", lambda: oct(Ix(8)))
t("int()", lambda: int(Ix(7)))
t("str mul", lambda: "ab" * Ix(2))
t("bad index str", lambda: [1][Ix("0")])
t("bad index float", lambda: operator_index(Ix(1.5)))
import operator
operator_index = operator.index
t("operator.index", lambda: operator.index(Ix(4)))
t("operator.index bool", lambda: operator.index(True))
t("operator.index float", lambda: operator.index(1.5))
t("list float idx", lambda: [1][1.0])
t("tuple str idx", lambda: (1,)["a"])
t("str None idx", lambda: "a"[None])
t("slice float", lambda: [1, 2][1.0:])
t("range float", lambda: range(1.0))
t("hex float", lambda: hex(1.0))
t("chr float", lambda: chr(65.0))
t("complex idx", lambda: complex(Ix(2)))
t("float idx", lambda: float(Ix(2)))

class In:
    def __int__(self):
        return 42
t("int In", lambda: int(In()))
t("index In", lambda: operator.index(In()))
t("list In", lambda: [1][In()])
t("float In", lambda: float(In()))
class BadInt:
    def __int__(self):
        return "x"
t("bad int", lambda: int(BadInt()))
class FloatInt:
    def __int__(self):
        return 1.5
t("float from __int__", lambda: int(FloatInt()))
class Tr:
    def __trunc__(self):
        return 9
t("int via trunc", lambda: int(Tr()))
t("math.trunc", lambda: math.trunc(Tr()))
class Fl:
    def __float__(self):
        return 2.5
t("float Fl", lambda: float(Fl()))
t("int Fl", lambda: int(Fl()))
t("complex Fl", lambda: complex(Fl()))
t("math.sqrt Fl", lambda: math.sqrt(Fl()))
class BadFl:
    def __float__(self):
        return 1
t("bad float", lambda: float(BadFl()))
class Cx:
    def __complex__(self):
        return 1 + 2j
t("complex Cx", lambda: complex(Cx()))
class BadCx:
    def __complex__(self):
        return 1.0
t("bad complex", lambda: complex(BadCx()))
t("float None", lambda: float(None))
t("int None", lambda: int(None))
t("complex None", lambda: complex(None))
t("int list", lambda: int([]))
t("float list", lambda: float([1]))
t("int str base", lambda: int("z", 36))
t("int base non-str", lambda: int(5, 10))
t("int bad literal", lambda: int("1.5"))
t("float bad literal", lambda: float("abc"))

class R:
    def __round__(self, n=None):
        return ("round", n)
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"
t("round", lambda: round(R()))
t("round n", lambda: round(R(), 2))
t("round None", lambda: round(R(), None))
t("floor", lambda: math.floor(R()))
t("ceil", lambda: math.ceil(R()))
t("trunc", lambda: math.trunc(R()))
class NoRound:
    pass
t("round none", lambda: round(NoRound()))
t("floor none", lambda: math.floor(NoRound()))
t("ceil none", lambda: math.ceil(NoRound()))
t("trunc none", lambda: math.trunc(NoRound()))
t("floor float-able", lambda: math.floor(Fl()))
t("round float", lambda: (round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2)))
t("round int", lambda: (round(15, -1), round(25, -1), type(round(5, 2)).__name__))
t("round str", lambda: round("1"))
t("round ndigits str", lambda: round(1.5, "1"))
t("round inf", lambda: round(float("inf")))
t("round nan", lambda: round(float("nan")))
t("int.__round__", lambda: (7).__round__())
t("float.__trunc__", lambda: (7.9).__trunc__())
t("float.__floor__", lambda: (-7.5).__floor__())
t("float.__ceil__", lambda: (-7.5).__ceil__())
t("int.__floor__", lambda: (3).__floor__())
t("bool.__index__", lambda: True.__index__())
t("int.__int__", lambda: (5).__int__())
t("int.__float__", lambda: (5).__float__())
t("float.__int__", lambda: (5.5).__int__())
t("float.__float__", lambda: (5.5).__float__())
t("complex.__complex__", lambda: (1j).__complex__())
class IntSub(int):
    pass
t("index int sub", lambda: type(operator.index(IntSub(3))).__name__)
class RetIntSub:
    def __index__(self):
        return IntSub(3)
t("index ret int sub", lambda: [1, 2, 3, 4][RetIntSub()])
t("abs/neg on sub", lambda: (type(-IntSub(3)).__name__, type(abs(IntSub(-3))).__name__))
