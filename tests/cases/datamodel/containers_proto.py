# __contains__/__iter__/__getitem__ fallbacks, iteration protocol errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class GI:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
t("list GI", lambda: list(GI()))
t("in GI", lambda: 20 in GI())
t("not in GI", lambda: 25 in GI())
t("iter GI type", lambda: type(iter(GI())).__name__)
t("unpack GI", lambda: (lambda a, b, c, d: a + d)(*GI()))
t("sorted GI", lambda: sorted(GI(), reverse=True))

class Cont:
    def __contains__(self, x):
        return x == 3
    def __iter__(self):
        return iter([1, 2])
t("contains", lambda: 3 in Cont())
t("contains2", lambda: 1 in Cont())
class ContTruthy:
    def __contains__(self, x):
        return [x]
t("contains truthy", lambda: 1 in ContTruthy())
t("not in truthy", lambda: 1 not in ContTruthy())

class ItOnly:
    def __iter__(self):
        return iter("abc")
t("in iter", lambda: "b" in ItOnly())
t("in iter2", lambda: "z" in ItOnly())

class Nope:
    pass
t("in Nope", lambda: 1 in Nope())
t("iter Nope", lambda: iter(Nope()))
t("for Nope", lambda: [x for x in Nope()])
t("list Nope", lambda: list(Nope()))
t("in int", lambda: 1 in 5)
t("iter int", lambda: iter(5))
t("unpack int", lambda: [*5])
t("star call", lambda: print(*5))
t("dstar call", lambda: print(**5))
t("dstar list", lambda: dict(**[1]))

class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
t("iter None", lambda: iter(IterNone()))
class ContNone:
    __contains__ = None
t("contains None", lambda: 1 in ContNone())

class BadIter:
    def __iter__(self):
        return 5
t("bad iter", lambda: iter(BadIter()))
t("bad iter for", lambda: list(BadIter()))
class NoNext:
    def __iter__(self):
        return self
t("no next", lambda: iter(NoNext()))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
t("counter", lambda: list(Counter()))
t("next default", lambda: next(iter([]), "dflt"))
t("next exhausted", lambda: next(iter([])))
t("next non-iter", lambda: next([1]))
t("iter sentinel", lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
t("iter sentinel noncallable", lambda: iter(5, 0))

class GetItemKey:
    def __getitem__(self, k):
        return ("key", k)
g = GetItemKey()
t("slice", lambda: g[1:2])
t("slice3", lambda: g[1:2:3])
t("ellipsis", lambda: g[...])
t("tuple", lambda: g[1, 2])
t("tuple slices", lambda: g[1:2, ::3])
t("empty tuple", lambda: g[()])

class SetDel:
    def __setitem__(self, k, v):
        print("  set", k, v)
    def __delitem__(self, k):
        print("  del", k)
sd = SetDel()
sd[1] = 2
sd[1:2] = 3
del sd[5]
del sd[::2]
t("getitem on SetDel", lambda: sd[0])
def f1():
    g[0] = 1
t("setitem on GI", f1)
def f2():
    del g[0]
t("delitem on GI", f2)
t("int subscript", lambda: (5)[0])
def f3():
    x = 5
    x[0] = 1
t("int setitem", f3)
def f4():
    x = (1,)
    del x[0]
t("tuple delitem", f4)
t("type subscript", lambda: int[0])

class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
t("reversed seq", lambda: list(reversed(Rev())))
class RevM:
    def __reversed__(self):
        return iter([9, 8])
t("reversed method", lambda: list(reversed(RevM())))
t("reversed bad", lambda: reversed(Nope()))
t("reversed dict", lambda: list(reversed({1: 2, 3: 4})))
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t("reversed None", lambda: reversed(RevNone()))
class LH:
    def __length_hint__(self):
        return 5
import operator
t("length_hint", lambda: operator.length_hint(LH()))
t("length_hint dflt", lambda: operator.length_hint(Nope(), 7))
