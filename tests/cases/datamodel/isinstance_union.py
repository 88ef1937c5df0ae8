# isinstance/issubclass with tuples and unions (int | str), callable, getattr default, hasattr.
import builtins
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("tuple", lambda: isinstance(1, (str, int)))
t("nested tuple", lambda: isinstance(1, (str, (float, (int,)))))
t("empty tuple", lambda: isinstance(1, ()))
t("union", lambda: isinstance(1, int | str))
t("union str", lambda: isinstance("a", int | str))
t("union miss", lambda: isinstance(1.5, int | str))
t("union None", lambda: isinstance(None, int | None))
t("union issubclass", lambda: issubclass(bool, int | str))
t("union type", lambda: type(int | str).__name__)
t("union repr", lambda: repr(int | str | None))
t("union args", lambda: (int | str).__args__)
t("union dedup", lambda: repr(int | int))
t("union eq", lambda: (int | str) == (str | int))
t("union hash", lambda: hash(int | str) == hash(str | int))
t("union generic", lambda: isinstance([], list[int] | None))
t("union with class", lambda: repr(int | type("K", (), {})))
t("union bad", lambda: int | 5)
t("union bad r", lambda: 5 | int)
t("union str", lambda: int | "str")
t("isinstance bad 2nd", lambda: isinstance(1, 5))
t("isinstance bad tuple", lambda: isinstance(1, (int, 5)))
t("isinstance bad tuple miss", lambda: isinstance(1, (str, 5)))
t("isinstance list", lambda: isinstance(1, [int]))
t("isinstance nargs", lambda: isinstance(1))
t("isinstance bool", lambda: (isinstance(True, int), isinstance(1, bool)))
t("isinstance type", lambda: (isinstance(int, type), isinstance(type, object), isinstance(object, type)))
class Fake:
    __class__ = int
t("fake __class__", lambda: (isinstance(Fake(), int), type(Fake()).__name__, Fake().__class__.__name__))
class PropClass:
    @property
    def __class__(self):
        return str
t("prop __class__", lambda: isinstance(PropClass(), str))
t("typing.Union", lambda: __import__("typing").Union[int, str] == (int | str))

class C:
    def __call__(self, *a):
        return a
class NotC:
    pass
t("callable", lambda: (callable(C()), callable(NotC()), callable(C), callable(len), callable(1), callable(print), callable(lambda: 0), callable([].append), callable(int)))
t("callable none", lambda: callable(type("X", (), {"__call__": None})()))
t("call", lambda: C()(1, 2))
t("call notc", lambda: NotC()())
t("call int", lambda: 5())
t("call str", lambda: "s"())
t("call list", lambda: [](1))
t("call None", lambda: None())
t("call module", lambda: builtins())
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "inst"
t("instance __call__ ignored", lambda: ca())

t("getattr default", lambda: getattr(1, "nothing", "D"))
t("getattr found", lambda: getattr(1, "real"))
t("getattr none default", lambda: getattr(1, "x", None))
t("getattr err", lambda: getattr(1, "nothing"))
t("getattr 4 args", lambda: getattr(1, "x", 2, 3))
t("getattr kw", lambda: getattr(1, "x", default=2))
class Raises:
    @property
    def boom(self):
        raise ValueError("boom")
t("getattr default propagates", lambda: getattr(Raises(), "boom", "D"))
t("hasattr propagates", lambda: hasattr(Raises(), "boom"))
t("builtins names", lambda: sorted(n for n in dir(builtins) if not n.startswith("_") and n[0].islower() and n not in ("exit", "quit", "help", "copyright", "credits", "license")))
t("id", lambda: (id(1) == id(1), type(id(None)).__name__))
a = []
t("id same", lambda: id(a) == id(a))
t("id distinct", lambda: id([]) is not None)
