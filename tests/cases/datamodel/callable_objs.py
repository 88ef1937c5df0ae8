# __call__, functions as objects, bound methods, argument error texts.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
a = Adder(2)
t("call", lambda: a(3))
t("call kw", lambda: a(3, scale=2))
t("call missing", lambda: a())
t("call extra", lambda: a(1, 2))
t("call bad kw", lambda: a(1, nope=2))
t("map", lambda: list(map(a, [1, 2])))
t("sorted key", lambda: sorted([3, 1, 2], key=Adder(-10)))
class MetaCall:
    __call__ = Adder(100)
t("callable attr not function", lambda: MetaCall()(1))

def f(a, b, /, c, *, d):
    return (a, b, c, d)
t("posonly kw", lambda: f(1, b=2, c=3, d=4))
t("missing kwonly", lambda: f(1, 2, 3))
t("too many pos", lambda: f(1, 2, 3, 4, d=5))
t("dup arg", lambda: f(1, 2, 3, c=3, d=4))
t("missing many", lambda: f())
def g(x, y=1, *args, **kw):
    return (x, y, args, kw)
t("g", lambda: g(1, 2, 3, z=4))
t("g dup", lambda: g(1, x=2))
class M:
    def meth(self, a):
        return a
    def nos():
        return "nos"
t("method missing", lambda: M().meth())
t("method extra", lambda: M().meth(1, 2))
t("method no self", lambda: M().nos())
t("unbound missing self", lambda: M.meth())
t("builtin missing", lambda: len())
t("builtin extra", lambda: len(1, 2))
t("builtin kw", lambda: len(obj=[]))
t("sorted positional", lambda: sorted([1], None))
t("int kw", lambda: int(x=1))
t("lambda qualname", lambda: (lambda: 0).__name__)
t("lambda missing", lambda: (lambda x: x)())
t("kwonly name", lambda: (lambda *, k: k)())
t("two missing", lambda: (lambda a, b, c: 0)(1))
t("kwonly two missing", lambda: (lambda *, a, b: 0)())
t("posonly as kw", lambda: (lambda a, /: a)(a=1))
t("posonly as kw with kwargs", lambda: (lambda a, /, **k: (a, k))(1, a=2))
class Init:
    def __init__(self, a, b):
        pass
t("init arg err", lambda: Init(1))
t("init kw err", lambda: Init(1, 2, c=3))
t("method of builtin type", lambda: [].append())
t("str.split kw", lambda: "a b".split(sep=" ", maxsplit=1))
t("str.split bad kw", lambda: "a b".split(x=1))
t("dict.get kw", lambda: {}.get(key=1))
t("kw unpack non-str", lambda: f(1, 2, 3, **{"d": 4, 5: 6}))
import functools
p = functools.partial(f, 1, 2)
t("partial", lambda: p(3, d=4))
t("partial repr", lambda: repr(functools.partial(len)))
t("bound method repr", lambda: repr(M().meth).startswith("<bound method M.meth of <__main__.M object at"))
t("method __eq__", lambda: M.meth == M.meth)
t("method hash", lambda: hash(M().meth) is not None)
t("func __call__", lambda: f.__call__(1, 2, 3, d=4))
t("type(f)", lambda: (type(f).__name__, type(M().meth).__name__, type(len).__name__, type([].append).__name__))
