import sys
a = "hello"
b = "hello"
c = "hel" + "lo"
d = "".join(["hel", "lo"])
print(a is b, a is c, a == d, sys.intern(d) is a, sys.intern("hello") is a)
key = "some_identifier_1"
e = sys.intern("".join(["some_", "identifier_1"]))
print(e is key)
s = "abc def"
print(s[:] is s, s[0:] is s, s[:len(s)] is s, s[0:7] is s, s + "" is s, "" + s is s, s[::1] is s)
print(s[1:] is s, s[:-1] == "abc de")
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t[0:3] is t, t[::1] is t)
l = [1, 2]
print(l[:] is l, list(l) is l, l.copy() is l)
f = frozenset({1, 2})
print(frozenset(f) is f)
class S(str):
    pass
ss = S("xyz")
print(ss[:] is ss, type(ss[:]).__name__, str(ss) is ss, type(ss + "").__name__)
print(str(s) is s, "".join([s]) == s)
empty = ""
print(empty is "", () is (), tuple() is ())
