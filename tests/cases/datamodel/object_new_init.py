# object.__new__/__init__ argument checks, __new__ returning other types, __del__ optional.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Plain: pass
t("plain args", lambda: Plain(1))
t("plain kw", lambda: Plain(a=1))
t("object args", lambda: object(1))
t("object kw", lambda: object(a=1))
class InitOnly:
    def __init__(self, a):
        self.a = a
t("init ok", lambda: InitOnly(1).a)
t("init missing", lambda: InitOnly())
t("init too many", lambda: InitOnly(1, 2))
t("init kw bad", lambda: InitOnly(b=2))
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
t("new ok", lambda: type(NewOnly(1)).__name__)
t("new missing", lambda: NewOnly())
class NewPassesArgs:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
t("new passes args", lambda: NewPassesArgs(1))
class InitPassesArgs:
    def __init__(self, *a):
        object.__init__(self, *a)
t("init passes args", lambda: InitPassesArgs(1))
t("init passes none", lambda: type(InitPassesArgs()).__name__)
class Both:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
    def __init__(self, *a):
        object.__init__(self, *a)
t("both pass args", lambda: Both(1))
t("object.__new__ nonclass", lambda: object.__new__(5))
t("object.__new__ no arg", lambda: object.__new__())
t("object.__new__ int", lambda: object.__new__(int))
t("int.__new__ list", lambda: int.__new__(list))
t("int.__new__ subclass", lambda: type(int.__new__(bool)).__name__)
t("list.__new__ ok", lambda: list.__new__(list))

class ReturnsInt:
    def __new__(cls):
        return 7
    def __init__(self):
        print("  never called")
t("new returns int", lambda: ReturnsInt())
class Other:
    def __init__(self, *a):
        print("  Other.__init__", a)
class ReturnsOther:
    def __new__(cls, *a):
        return Other()
t("new returns other", lambda: type(ReturnsOther(1)).__name__)
class ReturnsSub:
    def __new__(cls, *a):
        return object.__new__(Sub)
    def __init__(self, *a):
        print("  init called", a)
class Sub(ReturnsSub):
    pass
t("new returns subclass", lambda: type(ReturnsSub(3)).__name__)
class InitReturns:
    def __init__(self):
        return 5
t("init returns value", lambda: InitReturns())
class InitReturnsNone:
    def __init__(self):
        return None
t("init returns None", lambda: type(InitReturnsNone()).__name__)

class WithDel:
    def __del__(self):
        print("  __del__ ran")
w = WithDel()
del w
print("after del")
class DelRaises:
    def __del__(self):
        raise ValueError("ignored")
d = DelRaises()
d = None
print("after raising del")
class NoDel:
    pass
t("no __del__", lambda: hasattr(NoDel(), "__del__"))
t("__init__ called twice", lambda: (lambda o: (o.__init__(5), o.a))(InitOnly(1)))
class Counter:
    n = 0
    def __new__(cls, *a, **k):
        Counter.n += 1
        return super().__new__(cls)
    def __init__(self, *a, **k):
        pass
Counter(1, x=2)
Counter()
print(Counter.n)
t("type.__new__ wrong", lambda: type.__new__(type, "X"))
t("type.__init__ args", lambda: type.__init__(Plain, 1, 2, 3, 4))
t("object.__init__ on type", lambda: object.__init__(Plain))
t("object.__init__ no self", lambda: object.__init__())
class OverrideInitOnly:
    def __init__(self):
        pass
t("override init, extra args to new", lambda: OverrideInitOnly(1))
class OverrideNewOnly:
    def __new__(cls):
        return super().__new__(cls)
t("override new, extra args to init", lambda: OverrideNewOnly(1))
