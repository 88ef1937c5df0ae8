def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __getitem__(self, i):
        print("L.getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        print("L.len")
        return list.__len__(self)
    def __contains__(self, x):
        print("L.contains", x)
        return list.__contains__(self, x)
    def __bool__(self):
        print("L.bool")
        return True
l = L([3, 1, 2])
t(lambda: l[0])
t(lambda: l[-1])
t(lambda: l[0:2])
t(lambda: len(l))
t(lambda: bool(l))
t(lambda: 1 in l)
t(lambda: list(reversed(l)))
t(lambda: sorted(l))
t(lambda: l.index(2))
t(lambda: l.pop())
t(lambda: str(l))
t(lambda: l == [3, 1])
t(lambda: "yes" if l else "no")
t(lambda: [x for x in l])
import random, bisect, heapq
t(lambda: bisect.bisect_left(l, 2))
t(lambda: heapq.nsmallest(1, l))
class S(str):
    def __getitem__(self, i):
        return "G"
    def __len__(self):
        return 1
s = S("hello")
t(lambda: s[0])
t(lambda: len(s))
t(lambda: s.upper())
t(lambda: s.find("l"))
t(lambda: list(s))
t(lambda: s == "hello")
t(lambda: s[1:3])
t(lambda: "%s" % s)
t(lambda: s.split("l"))
t(lambda: ",".join(s))
t(lambda: sorted(s))
t(lambda: str.__getitem__(s, 1))
class D(dict):
    def __getitem__(self, k):
        return "D:" + str(k)
    def __contains__(self, k):
        return True
    def __len__(self):
        return 0
d = D(a=1)
t(lambda: d["a"])
t(lambda: d.get("a"))
t(lambda: "zz" in d)
t(lambda: len(d))
t(lambda: bool(d))
t(lambda: list(d.items()))
t(lambda: list(d.values()))
t(lambda: "{a}".format(**d))
t(lambda: "{0[a]}".format(d))
t(lambda: "%(a)s" % d)
t(lambda: "%(q)s" % d)
t(lambda: d.pop("a"))
t(lambda: d.setdefault("b", 2))
t(lambda: dict(d))
t(lambda: d.copy())
t(lambda: str(d))
import string
t(lambda: string.Template("$a $b").substitute(d))
t(lambda: "{a}".format_map(d))
t(lambda: "{q}".format_map(d))
g = {}
exec("x = 1", g)
t(lambda: g["x"])
class DD(dict):
    def __missing__(self, k):
        return k.upper()
t(lambda: "{x} {y}".format_map(DD(x=1)))
t(lambda: "%(x)s %(y)s" % DD(x=1))
t(lambda: eval("q + 'r'", {}, DD()))
ns = DD(print=print)
exec("print(zz)", {}, ns)
class T(tuple):
    def __getitem__(self, i): return "T"
    def __len__(self): return 9
tt = T((1, 2))
t(lambda: tt[0])
t(lambda: len(tt))
t(lambda: tt[0:1])
t(lambda: "%s %s" % tt)
t(lambda: list(tt))
t(lambda: tt == (1, 2))
t(lambda: hash(tt) == hash((1, 2)))
t(lambda: tt.index(2))
t(lambda: tt.count(1))
t(lambda: max(tt))
