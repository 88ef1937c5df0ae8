# itemgetter, attrgetter, methodcaller.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

g = itemgetter(1)
print(g([10, 20, 30]), g("abc"), g({1: "one"}))
g = itemgetter(0, -1)
print(g("hello"), g([1, 2, 3]))
g = itemgetter(slice(1, 3))
print(g("abcdef"))
g = itemgetter("name", "age")
print(g({"name": "bob", "age": 3}))
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=itemgetter(1)))
print(list(map(itemgetter(0), ["xy", "zw"])))
print(repr(itemgetter(1)), repr(itemgetter("a", (1, 2))), repr(itemgetter(slice(1))))
print(itemgetter(1, 2).__reduce__())


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


p = P("root", P("kid", P("grandkid")))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("child.child.name")(p))
print(attrgetter("name", "child.name")(p))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")))
print(attrgetter("a.b").__reduce__())
print(sorted([P("b"), P("a")], key=attrgetter("name"))[0].name)
print(attrgetter("real")(5), attrgetter("imag", "real")(1 + 2j))

m = methodcaller("upper")
print(m("abc"))
m = methodcaller("split", ",", 1)
print(m("a,b,c"))
m = methodcaller("get", "k", default := "d")
print(m({"k": 1}), m({}))
m = methodcaller("replace", "a", "b")
print(m("banana"), repr(m))
print(repr(methodcaller("f", 1, k=2, j="x")), repr(methodcaller("g")))
print(methodcaller("f", 1).__reduce__())
r = methodcaller("f", 1, k=2).__reduce__()
print(type(r[0]).__name__, r[1], r[0].args, r[0].keywords)


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(itemgetter)
t(itemgetter, x=1)
t(itemgetter(1), [1])
t(itemgetter(1), [1, 2], 3)
t(itemgetter(1), x=1)
t(itemgetter(1))
t(itemgetter("a"), {})
t(itemgetter(0), 5)
t(attrgetter)
t(attrgetter, 1)
t(attrgetter, "a", 1)
t(attrgetter("zz"), 1)
t(attrgetter("real.zz"), 1)
t(attrgetter("a"))
t(attrgetter("a"), 1, 2)
t(methodcaller)
t(methodcaller, 1)
t(methodcaller("zz"), 1)
t(methodcaller("upper"))
t(methodcaller("upper"), "a", "b")


class M:
    def m(self, a):
        return a * 2


t(methodcaller("m"), M())
t(methodcaller("m", 4), M())
t(methodcaller("m", a=5), M())
print(type(itemgetter(1)).__name__, type(attrgetter("a")).__module__, type(methodcaller("a")))
try:
    class X(itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)
