# Rich comparisons: reflection, NotImplemented, default identity ==, TypeError messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  C.__lt__", self.v, getattr(o, "v", o))
        return NotImplemented if not isinstance(o, C) else self.v < o.v
    def __gt__(self, o):
        print("  C.__gt__", self.v, getattr(o, "v", o))
        return NotImplemented if not isinstance(o, C) else self.v > o.v
    def __eq__(self, o):
        print("  C.__eq__", self.v, getattr(o, "v", o))
        return NotImplemented
    def __le__(self, o):
        return "le"
    def __ge__(self, o):
        return "ge"

class D(C):
    def __lt__(self, o):
        print("  D.__lt__")
        return "D lt"
    def __gt__(self, o):
        print("  D.__gt__")
        return "D gt"

a, b = C(1), C(2)
t("a<b", lambda: a < b)
t("a>b", lambda: a > b)
t("a<1", lambda: a < 1)
t("1<a", lambda: 1 < a)
t("a==b", lambda: a == b)
t("a==a", lambda: a == a)
t("a!=b", lambda: a != b)
t("a!=a", lambda: a != a)
t("a<=b", lambda: a <= b)
t("3>=a", lambda: 3 >= a)
t("a<D", lambda: a < D(5))
t("D<a", lambda: D(5) < a)
t("a>D", lambda: a > D(5))

class P:
    pass
p, q = P(), P()
t("p<q", lambda: p < q)
t("p<=q", lambda: p <= q)
t("p>q", lambda: p > q)
t("p>=q", lambda: p >= q)
t("p==q", lambda: p == q)
t("p!=q", lambda: p != q)
t("p==p", lambda: p == p)
t("1<'a'", lambda: 1 < "a")
t("'a'>=1", lambda: "a" >= 1)
t("[]<()", lambda: [] < ())
t("None<None", lambda: None < None)
t("{}<{}", lambda: {} < {})
t("1j<2j", lambda: 1j < 2j)
t("[1,'a']<[1,2]", lambda: [1, "a"] < [1, 2])
t("(1,p)<(1,q)", lambda: (1, p) < (1, q))
t("1<2<3", lambda: 1 < 2 < 3)

class NE:
    def __eq__(self, o):
        return "eqres"
n = NE()
t("n!=1", lambda: n != 1)
t("n==1", lambda: n == 1)
t("1==n", lambda: 1 == n)
t("1!=n", lambda: 1 != n)

class OnlyNe:
    def __ne__(self, o):
        return "neres"
t("OnlyNe==", lambda: OnlyNe() == 1)
t("OnlyNe!=", lambda: OnlyNe() != 1)
class EqNone:
    __eq__ = None
t("EqNone==", lambda: EqNone() == 1)

class Cmp:
    def __lt__(self, o):
        return 0
t("bool result", lambda: [x for x in [Cmp()] if x < 1])
t("sorted", lambda: len(sorted([Cmp(), Cmp(), Cmp()])))
t("max", lambda: type(max(Cmp(), Cmp())).__name__)
t("list sort err", lambda: sorted([p, q]))
t("min err", lambda: min(1, "a"))
t("obj.__eq__", lambda: object().__eq__(1))
t("obj.__lt__", lambda: object().__lt__(1))
t("int.__lt__", lambda: (1).__lt__(2.5))
t("int.__eq__ float", lambda: (1).__eq__(1.0))
t("float.__eq__ int", lambda: (1.0).__eq__(1))
t("str.__eq__", lambda: "a".__eq__(1))
t("list.__eq__", lambda: [].__eq__(()))
