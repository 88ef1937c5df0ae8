# Special attributes of objects, classes, functions and modules.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    "A doc"
    x: int = 1
    def m(self, a, b=2, *c, d, e=5, **f) -> int:
        "m doc"
        return a
a = A()
t("class", lambda: a.__class__ is A)
t("doc", lambda: (A.__doc__, a.__doc__, A.m.__doc__))
t("annotations", lambda: A.__annotations__)
t("m annotations", lambda: A.m.__annotations__)
t("name", lambda: (A.__name__, A.m.__name__, A.m.__qualname__))
t("module", lambda: (A.__module__, A.m.__module__))
t("defaults", lambda: (A.m.__defaults__, A.m.__kwdefaults__))
t("code", lambda: (A.m.__code__.co_argcount, A.m.__code__.co_kwonlyargcount, A.m.__code__.co_name, A.m.__code__.co_varnames[:6]))
t("globals", lambda: A.m.__globals__ is globals())
t("dict", lambda: A.m.__dict__)
t("closure", lambda: A.m.__closure__)
def mk():
    v = 3
    def inner():
        return v
    return inner
t("closure cells", lambda: [c.cell_contents for c in mk().__closure__])
t("freevars", lambda: mk().__code__.co_freevars)
t("no doc", lambda: (lambda: 0).__doc__)
t("set func name", lambda: (setattr(mk, "__name__", "renamed"), mk.__name__)[1])
t("set func name bad", lambda: setattr(mk, "__name__", 1))
t("set defaults", lambda: (setattr(A.m, "__defaults__", (9,)), A.m.__defaults__)[1])
t("set defaults bad", lambda: setattr(A.m, "__defaults__", [1]))
t("bound method attrs", lambda: (a.m.__self__ is a, a.m.__func__ is A.m, a.m.__name__, a.m.__doc__))
t("bound method set attr", lambda: setattr(a.m, "x", 1))
t("bound method get func attr", lambda: (setattr(A.m, "tag", 7), a.m.tag)[1])
t("builtin attrs", lambda: (len.__name__, len.__qualname__, len.__module__, len.__self__.__name__))
t("builtin method attrs", lambda: ([].append.__name__, [].append.__qualname__, type([].append.__self__).__name__))
t("class __dict__ has doc", lambda: A.__dict__["__doc__"])
t("class __weakref__", lambda: type(A.__dict__["__weakref__"]).__name__)
t("class __dict__ descr", lambda: type(A.__dict__["__dict__"]).__name__)
t("object class", lambda: (object().__class__, (1).__class__, None.__class__))
t("set __class__", lambda: (lambda o: (setattr(o, "__class__", B), type(o).__name__)[1])(A()))
class B:
    pass
t("set __class__ int", lambda: setattr(1, "__class__", bool))
t("set __class__ non-type", lambda: setattr(A(), "__class__", 5))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
t("set __class__ layout", lambda: setattr(S1(), "__class__", S2))
t("set __class__ layout2", lambda: setattr(A(), "__class__", S1))
import math
t("module attrs", lambda: (math.__name__, type(math.__dict__).__name__, math.__spec__ is not None or True))
t("module repr", lambda: repr(__import__("sys")))
t("__builtins__", lambda: type(__builtins__).__name__)
t("__name__", lambda: __name__)
t("type.__dict__ keys", lambda: "__mro__" in type.__dict__)
t("int.__dict__", lambda: type(int.__dict__).__name__)
t("__subclasshook__", lambda: object.__subclasshook__(int))
t("__reduce_ex__", lambda: callable(object().__reduce_ex__))
t("__sizeof__", lambda: type(object().__sizeof__()).__name__)
t("__init_subclass__ is classmethod", lambda: type(object.__dict__["__init_subclass__"]).__name__)
t("__getstate__", lambda: A().__getstate__())
t("__getstate__ with dict", lambda: (lambda o: (setattr(o, "q", 1), o.__getstate__())[1])(A()))
