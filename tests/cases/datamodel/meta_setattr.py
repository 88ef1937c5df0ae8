# Metaclass __setattr__/__delattr__ chaining to type's, class attribute protocol.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Meta(type):
    def __setattr__(cls, name, value):
        print("  Meta.__setattr__", name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print("  Meta.__delattr__", name)
        super().__delattr__(name)
class C(metaclass=Meta):
    x = 1
C.y = 2
print(C.y)
del C.y
t("after del", lambda: C.y)
t("del missing", lambda: delattr(C, "nothere"))
t("type.__setattr__ direct", lambda: (type.__setattr__(C, "z", 3), C.z)[1])
t("type.__setattr__ on instance", lambda: type.__setattr__(C(), "z", 3))
t("type.__setattr__ on int", lambda: type.__setattr__(int, "z", 3))
t("object.__setattr__ on class", lambda: object.__setattr__(C, "w", 1))
t("type.__delattr__", lambda: (type.__delattr__(C, "z"), hasattr(C, "z"))[1])
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError("frozen class " + cls.__name__)
class F(metaclass=Frozen):
    a = 1
t("frozen", lambda: setattr(F, "a", 2))
t("frozen value", lambda: F.a)
f = F()
f.a = 5
t("instance unaffected", lambda: (f.a, F.a))

class Counted:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return "counted " + self.name
class Host:
    pass
Host.attr = Counted()
t("late descriptor no set_name", lambda: hasattr(Host.__dict__["attr"], "name"))
t("__set_name__ explicit", lambda: (Host.__dict__["attr"].__set_name__(Host, "attr"), Host().attr)[1])
t("class __dict__ is proxy", lambda: type(Host.__dict__).__name__)
t("vars(Host) keys", lambda: sorted(vars(Host)))
class Sub(Host):
    pass
t("sub dict keys", lambda: sorted(vars(Sub)))
class WithSlots:
    __slots__ = ("a",)
class SlotSub(WithSlots):
    pass
t("slot sub keys", lambda: sorted(vars(SlotSub)))
t("slot keys", lambda: sorted(vars(WithSlots)))
class E(Exception):
    pass
t("exc sub keys", lambda: sorted(vars(E)))
class I(int):
    pass
t("int sub keys", lambda: sorted(vars(I)))
import weakref
t("weakref int sub", lambda: weakref.ref(I(1)))
t("weakref plain", lambda: type(weakref.ref(Host())).__name__)
t("weakref slots", lambda: weakref.ref(WithSlots()))
t("weakref slot sub", lambda: type(weakref.ref(SlotSub())).__name__)
t("__weakref__ attr", lambda: Host().__weakref__)
t("int.__new__(bool)", lambda: int.__new__(bool))
t("int.__new__(I)", lambda: (int.__new__(I, 4), type(int.__new__(I, 4)).__name__))
t("tuple.__new__(list)", lambda: tuple.__new__(list))
t("list.__new__(5)", lambda: list.__new__(5))
t("object.__new__(E)", lambda: object.__new__(E))
t("dict.__new__(I)", lambda: dict.__new__(I))
