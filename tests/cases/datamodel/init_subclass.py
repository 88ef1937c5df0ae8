# __init_subclass__, __class_getitem__, __mro_entries__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        print("  init_subclass", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        cls.pname = name
        Plugin.registry.append(cls.__name__)
class A(Plugin, name="a"):
    pass
class B(A):
    pass
print(Plugin.registry, A.pname, B.pname)
try:
    class C(Plugin, name="c", extra=1):
        pass
except TypeError as e:
    print("extra kw", e)
t("object.__init_subclass__ kw", lambda: object.__init_subclass__(x=1))
t("object.__init_subclass__", lambda: object.__init_subclass__())
try:
    class D(foo=1):
        pass
except TypeError as e:
    print("no kw class", e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Gen:
    def __class_getitem__(cls, item):
        return ("cgi", cls.__name__, item)
class GenSub(Gen):
    pass
t("cgi", lambda: Gen[int])
t("cgi tuple", lambda: Gen[int, str])
t("cgi sub", lambda: GenSub[1])
t("cgi instance", lambda: Gen()[0])
t("list[int]", lambda: list[int])
t("dict[str, int]", lambda: dict[str, int])
t("tuple[int, ...]", lambda: tuple[int, ...])
t("type[int]", lambda: type[int])
t("GenericAlias origin", lambda: (list[int].__origin__, list[int].__args__))
t("GenericAlias call", lambda: list[int]([1, 2]))
t("GenericAlias isinstance", lambda: isinstance([], list[int]))
t("int[0]", lambda: int[0])
t("object subscript", lambda: object()[0])
class Meta(type):
    def __getitem__(cls, item):
        return ("meta getitem", item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "cgi"
t("meta getitem wins", lambda: WithMeta[1])

class Entry:
    def __mro_entries__(self, bases):
        print("  mro_entries", len(bases))
        return (Base1,)
class Base1:
    v = "base1"
class Uses(Entry(), Base2 := type("Base2", (), {})):
    pass
print([c.__name__ for c in Uses.__mro__])
print([getattr(b, "__name__", b) for b in Uses.__bases__])
print(type(Uses.__orig_bases__[0]).__name__)
class Empties:
    def __mro_entries__(self, bases):
        return ()
class UsesE(Empties()):
    pass
print(UsesE.__bases__)
class BadEntries:
    def __mro_entries__(self, bases):
        return [object]
try:
    class UsesBad(BadEntries()):
        pass
except TypeError as e:
    print("bad entries", e)
t("type() with mro_entries", lambda: type("X", (Entry(),), {}))
try:
    class FromInt(5):
        pass
except TypeError as e:
    print("int base", e)
from typing import List
class FromList(List[int]):
    pass
print([c.__name__ for c in FromList.__mro__][:2])
