# property with getter/setter/deleter, classmethod/staticmethod wrapping.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        print("  set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("  del")
        del self._x
    @property
    def ro(self):
        return "ro"
    noget = property(None, lambda self, v: None)
p = P()
p.x = 5
print(p.x)
del p.x
t("after del", lambda: p.x)
t("doc", lambda: P.x.__doc__)
t("ro set", lambda: setattr(p, "ro", 1))
t("ro del", lambda: delattr(p, "ro"))
t("noget", lambda: p.noget)
t("class access", lambda: type(P.x).__name__)
t("fget", lambda: P.x.fget.__name__)
t("fset/fdel of ro", lambda: (P.ro.fset, P.ro.fdel))
t("property call", lambda: property(lambda s: 1).__get__(None, P) is not None)
t("property getter copy", lambda: P.x.getter(lambda s: 99).__get__(p))
t("property isinstance", lambda: isinstance(P.x, property))
t("property not callable", lambda: P.x(p))
class AttrErrProp:
    @property
    def a(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
t("prop attrerror -> getattr", lambda: AttrErrProp().a)
class Sub(P):
    @P.x.getter
    def x(self):
        return "sub"
t("sub getter", lambda: Sub().x)
s = Sub()
s.x = 3

class CM:
    count = 0
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def st(*a):
        return a
class CM2(CM):
    pass
t("cm class", lambda: CM.make(1))
t("cm inst", lambda: CM().make(2))
t("cm sub", lambda: CM2.make())
t("cm sub inst", lambda: CM2().make())
t("st class", lambda: CM.st(1, 2))
t("st inst", lambda: CM().st(3))
t("cm type", lambda: type(CM.__dict__["make"]).__name__)
t("st type", lambda: type(CM.__dict__["st"]).__name__)
t("cm __func__", lambda: CM.__dict__["make"].__func__.__name__)
t("st __func__", lambda: CM.__dict__["st"].__func__.__name__)
t("bound cm self", lambda: CM.make.__self__ is CM)
t("cm not callable", lambda: CM.__dict__["make"](CM))
t("st callable", lambda: CM.__dict__["st"](1))
t("cm wrapped", lambda: CM.__dict__["make"].__wrapped__.__name__)
t("cm of st", lambda: classmethod(staticmethod(len)).__get__(None, CM)("xy"))
t("cm of noncallable", lambda: classmethod(5).__get__(None, CM)())
t("st of noncallable", lambda: staticmethod(5)())
t("cm get", lambda: CM.__dict__["make"].__get__(None, CM2)())
t("cm get inst", lambda: CM.__dict__["make"].__get__(CM2())())
t("st doc", lambda: staticmethod(t).__doc__)
t("cm isabstract", lambda: getattr(classmethod(t), "__isabstractmethod__"))
class WithProp:
    @classmethod
    @property
    def cp(cls):
        return "cp " + cls.__name__
t("classmethod property", lambda: WithProp.cp)
t("property no args", lambda: property().fget)
t("property kw", lambda: property(fget=len, doc="d").__doc__)
t("property bad kw", lambda: property(foo=1))
t("property getter doc", lambda: P.x.__doc__)
class DocInherit:
    def g(self):
        "getter doc"
    g = property(g)
t("prop doc from fget", lambda: DocInherit.g.__doc__)
