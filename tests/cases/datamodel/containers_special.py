# Emulating containers and mappings: __missing__, __len__, __getitem__ with slices, __setitem__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class DD(dict):
    def __missing__(self, k):
        return ("missing", k)
d = DD(a=1)
t("present", lambda: d["a"])
t("missing", lambda: d["b"])
t("get ignores missing", lambda: d.get("b"))
t("in", lambda: "b" in d)
class Counting(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counting()
c["x"] += 1
c["x"] += 1
print(c)
class MissingRaises(dict):
    def __missing__(self, k):
        raise KeyError("custom " + str(k))
t("missing raises", lambda: MissingRaises()["q"])

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return "Seq(%r)" % self.data
s = Seq("abcdef")
t("slice", lambda: s[1:4])
t("neg", lambda: s[-1])
t("oob", lambda: s[10])
t("iter", lambda: list(s))
t("in", lambda: "c" in s)
t("slice indices", lambda: slice(1, None, 2).indices(10))
t("slice attrs", lambda: (slice(3).start, slice(3).stop, slice(1, 2, 3).step))
t("slice eq", lambda: slice(1, 2) == slice(1, 2))
t("slice hash", lambda: hash(slice(1, 2)))
t("slice repr", lambda: repr(slice(None, 3, None)))
t("slice zero step", lambda: slice(0, 1, 0).indices(5))
t("slice neg len", lambda: slice(0, 1).indices(-1))

class DictLike:
    def __init__(self):
        self.d = {"k": "v"}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
t("dict(mapping)", lambda: dict(DictLike()))
t("update mapping", lambda: (lambda x: (x.update(DictLike()), x)[1])({}))
t("** mapping", lambda: (lambda **kw: kw)(**DictLike()))
t("{** mapping}", lambda: {**DictLike()})
class KeysOnly:
    def keys(self):
        return [1]
t("keys no getitem", lambda: dict(KeysOnly()))
t("** nonmapping", lambda: {**[1]})
t("** non-str key", lambda: (lambda **kw: kw)(**{1: 2}))
t("** dup", lambda: (lambda **kw: kw)(**{"a": 1}, **{"a": 2}))
t("** dup explicit", lambda: (lambda **kw: kw)(a=1, **{"a": 2}))
t("dict bad seq", lambda: dict([1]))
t("dict bad seq len", lambda: dict([(1, 2, 3)]))
t("dict bad seq elem", lambda: dict(["ab", "c"]))

class LenBig:
    def __len__(self):
        return 2**63
t("len too big", lambda: len(LenBig()))
t("bool too big", lambda: bool(LenBig()))
class LenNeg:
    def __len__(self):
        return -5
t("len neg", lambda: len(LenNeg()))
t("bool neg", lambda: bool(LenNeg()))
class IterGen:
    def __iter__(self):
        yield 1
        yield 2
t("iter gen method", lambda: list(IterGen()))
t("sum", lambda: sum(IterGen()))
t("zip", lambda: list(zip(IterGen(), Seq("xy"))))
t("enumerate", lambda: list(enumerate(IterGen(), 1)))
t("map", lambda: list(map(str, IterGen())))
t("min/max", lambda: (min(IterGen()), max(Seq([3, 1, 2]))))
t("sorted", lambda: sorted(Seq([3, 1, 2])))
t("tuple", lambda: tuple(Seq("ab")))
t("set", lambda: sorted(set(Seq("aba"))))
t("str.join", lambda: "-".join(Seq("abc")))
t("join bad", lambda: "-".join([1, 2]))
t("unpack too many", lambda: (lambda: [a for a, b in [Seq("abc")]])())
t("unpack too few", lambda: (lambda: [a for a, b, c in [Seq("a")]])())
def unpack_star():
    a, *b = Seq("xyz")
    return a, b
t("unpack star", unpack_star)
def unpack_star_short():
    a, b, *c = Seq("x")
    return a
t("unpack star short", unpack_star_short)
def unpack_nonseq():
    a, b = 5
t("unpack int", unpack_nonseq)
