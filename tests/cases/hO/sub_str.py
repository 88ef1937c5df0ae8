class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    extra = "class-attr"

u = Upper("hello")
print(u, repr(u), type(u).__name__, len(u), u.extra, u + "!", type(u + "!").__name__)
print(u.lower(), type(u.lower()).__name__, u[1:], type(u[1:]).__name__, type(u[0]).__name__)
print(str(u), type(str(u)).__name__, "-".join([u, u]), u * 2, type(u * 2).__name__)
print(u == "HELLO", "ELL" in u, hash(u) == hash("HELLO"), {u: 1}["HELLO"])
print(f"{u}", "%s" % u, "%r" % u, format(u, ">8"), "{!r}".format(u))

class Loud(str):
    def __str__(self):
        return "LOUD:" + self
    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"
    def __len__(self):
        return 99
l = Loud("ab")
print(l)
print(str(l), repr(l), len(l), [l], (l,), {"k": l})
print("%s|%r" % (l, l), f"{l}|{l!r}|{l!s}", "{}".format(l), format(l))
print("".join([l, l]), l + "c", l.upper(), l.__len__(), str.__len__(l))
import json
print(json.dumps(l), json.dumps({l: l}))

class Eq(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower()) if isinstance(other, str) else NotImplemented
    __hash__ = str.__hash__
e = Eq("ABC")
print(e == "abc", "abc" == e, e != "abc", e in ["abc"], e in {"abc"}, "abc" in [e])
print(sorted([Upper("b"), "a", Upper("c")]))
print(type(Upper.__new__), Upper.__dict__["__new__"].__class__.__name__)
try:
    Upper()
except Exception as e2:
    print(type(e2).__name__, e2)
class S2(str):
    pass
s = S2(b"abc", "ascii")
print(s, type(s).__name__, S2(), repr(S2()), S2(5), S2([1, 2]))
s.attr = 1
print(s.__dict__, vars(s))
print(isinstance(s, str), issubclass(S2, str), S2.__mro__)
print(str.__new__(S2, "x"), type(str.__new__(S2, "x")).__name__)
try:
    str.__new__(int, "x")
except Exception as e3:
    print(type(e3).__name__, e3)
print("abc".startswith(S2("a")), S2("x y z").split(), [type(p).__name__ for p in S2("x y").split()])
print(S2("abc").replace("b", "B"), type(S2("abc").replace("z", "y")).__name__)
print(int(S2("42")), float(S2("1.5")))
