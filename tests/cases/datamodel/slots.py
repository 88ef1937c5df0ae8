# __slots__: attribute errors, __dict__ absence, weakref slot, inheritance.
import weakref
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
t("a", lambda: s.a)
t("b unset", lambda: s.b)
t("c set", lambda: setattr(s, "c", 3))
t("c get", lambda: s.c)
t("dict", lambda: s.__dict__)
t("vars", lambda: vars(s))
t("weakref", lambda: weakref.ref(s))
t("del b unset", lambda: delattr(s, "b"))
s.b = 2
del s.b
t("b after del", lambda: s.b)
t("slot descr type", lambda: type(S.a).__name__)
t("slot descr repr", lambda: repr(S.a))
t("slots attr", lambda: S.__slots__)
t("hasattr __dict__", lambda: hasattr(s, "__dict__"))
t("class dict keys", lambda: sorted(k for k in S.__dict__ if not k.startswith("__") or k == "__slots__"))

class SW:
    __slots__ = ("x", "__weakref__")
sw = SW()
r = weakref.ref(sw)
t("weakref ok", lambda: r() is sw)
class SD:
    __slots__ = ("x", "__dict__")
sd = SD()
sd.y = 5
t("dict slot", lambda: (sd.__dict__, vars(sd)))

class Base:
    __slots__ = ("a",)
class Child(Base):
    pass
c = Child()
c.z = 1
t("child has dict", lambda: c.__dict__)
class Child2(Base):
    __slots__ = ("b",)
c2 = Child2()
c2.a = 1
c2.b = 2
t("child2", lambda: (c2.a, c2.b))
t("child2 new", lambda: setattr(c2, "q", 1))

t("conflict", lambda: type("X", (), {"__slots__": ("a",), "a": 1}))
t("bad slot name", lambda: type("X", (), {"__slots__": ("1a",)}))
t("slot not str", lambda: type("X", (), {"__slots__": (1,)}))
t("dup dict", lambda: type("X", (), {"__slots__": ("__dict__", "__dict__")}))
t("str slots", lambda: type("X", (), {"__slots__": "abc"})().__class__.__slots__)
t("str slots attr", lambda: type(type("X", (), {"__slots__": "abc"}).abc).__name__)
t("list slots", lambda: type("X", (), {"__slots__": ["p", "q"]}).__slots__)
t("empty slots", lambda: setattr(type("X", (), {"__slots__": ()})(), "a", 1))
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 1
t("private slot", lambda: sorted(k for k in Priv.__dict__ if "secret" in k))
t("private get", lambda: Priv()._Priv__secret)

class Multi1:
    __slots__ = ("a",)
class Multi2:
    __slots__ = ("b",)
t("layout conflict", lambda: type("M", (Multi1, Multi2), {}))
class Empty1:
    __slots__ = ()
t("empty ok", lambda: type("M", (Multi1, Empty1), {}).__mro__[1].__name__)
t("int slots nonempty", lambda: type("X", (int,), {"__slots__": ("a",)}))
t("tuple slots nonempty", lambda: type("X", (tuple,), {"__slots__": ("a",)}))
class SlotsWithDefault:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "SWD(%r)" % self.v
t("repr", lambda: [SlotsWithDefault(1), SlotsWithDefault("x")])
class SlotDoc:
    __slots__ = {"a": "doc of a", "b": None}
t("dict slots doc", lambda: (SlotDoc.a.__doc__, SlotDoc.b.__doc__))
