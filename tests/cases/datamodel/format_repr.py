# __format__, __repr__/__str__ defaults, format() errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
t("format", lambda: format(F(), "abc"))
t("fstring", lambda: f"{F():xyz}")
t("fstring empty", lambda: f"{F()}")
t("str.format", lambda: "{0:q} {0}".format(F()))
t("format default", lambda: format(F()))

class BadF:
    def __format__(self, spec):
        return 5
t("bad format", lambda: format(BadF(), ""))
t("bad fstring", lambda: f"{BadF()}")

class Plain:
    pass
_p = Plain()
t("plain format empty", lambda: format(_p, "") == str(_p))
t("plain format spec", lambda: format(Plain(), "10"))
t("plain fstring spec", lambda: f"{Plain():>5}")
t("object format", lambda: object.__format__(1, "d"))
t("int format str", lambda: format(1, "s"))
t("str format d", lambda: format("a", "d"))
t("float format x", lambda: format(1.5, "x"))
t("format spec not str", lambda: format(1, 2))
t("list format", lambda: format([1], ""))
t("list format spec", lambda: format([1], "5"))

class RS:
    def __repr__(self):
        return "REPR"
t("str from repr", lambda: str(RS()))
t("format from repr", lambda: format(RS()))
t("in list", lambda: str([RS()]))
t("fstring !r", lambda: f"{RS()!r} {RS()!s} {RS()!a}")
class S:
    def __str__(self):
        return "STR"
t("repr not from str", lambda: repr(S()).startswith("<__main__.S object at 0x"))
t("str S", lambda: str(S()))
t("print in list", lambda: str([S()]).startswith("[<__main__.S object"))

class BadRepr:
    def __repr__(self):
        return 1
t("bad repr", lambda: repr(BadRepr()))
t("bad repr in list", lambda: repr([BadRepr()]))
class BadStr:
    def __str__(self):
        return None
t("bad str", lambda: str(BadStr()))
t("bad str print", lambda: print(BadStr()))
t("bad str format", lambda: "%s" % BadStr())
class StrSub(str):
    pass
class RetStrSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("rsub")
t("str sub ret", lambda: (str(RetStrSub()), type(str(RetStrSub())).__name__))
t("repr sub ret", lambda: type(repr(RetStrSub())).__name__)
t("ascii", lambda: ascii("é\n") + ascii(["ü"]))
class UnicodeRepr:
    def __repr__(self):
        return "ü"
t("ascii custom", lambda: ascii(UnicodeRepr()))

class Meta(type):
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"
class WithMeta(metaclass=Meta):
    pass
t("class repr", lambda: repr(WithMeta))
t("class default repr", lambda: repr(Plain))
t("builtin class repr", lambda: (repr(int), repr(type), repr(object)))
t("func repr", lambda: repr(t).startswith("<function t at 0x"))
t("nested func qualname", lambda: (lambda: 0).__qualname__)
def outer():
    def inner():
        pass
    return inner
t("inner qualname", lambda: outer().__qualname__)
class Q:
    class Inner:
        def m(self):
            pass
t("method qualname", lambda: Q.Inner.m.__qualname__)
t("class qualname", lambda: Q.Inner.__qualname__)
t("inner repr", lambda: repr(Q.Inner()).split(" object")[0])
t("builtin method repr", lambda: repr([].append).startswith("<built-in method append of list object at 0x"))
t("builtin func repr", lambda: repr(len))
t("method-wrapper", lambda: repr((1).__add__).startswith("<method-wrapper '__add__' of int object"))
t("slot wrapper", lambda: repr(int.__add__))
t("method descriptor", lambda: repr(list.append))
t("str.join descr", lambda: repr(str.join))
t("classmethod descr", lambda: repr(dict.__dict__["fromkeys"]))
t("bound classmethod", lambda: repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))
t("NotImplemented", lambda: (repr(NotImplemented), repr(Ellipsis), repr(...)))
t("None type", lambda: (repr(type(None)), repr(type(NotImplemented)), repr(type(...))))
t("object str", lambda: object.__str__(RS()))
t("object repr on int", lambda: object.__repr__(5).startswith("<int object at 0x"))
t("format int sub", lambda: format(True, "d"))
t("format bool", lambda: (format(True), format(True, ""), f"{True:>6}", f"{False:5}"))
