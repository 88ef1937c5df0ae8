def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % self.v
d = {K(1): "a"}
t(lambda: d[K(1)])
t(lambda: K(1) in d)
t(lambda: d.get(K(2)))
s = {K(1), K(2)}
t(lambda: len(s))
t(lambda: K(1) in s)
t(lambda: [K(1)] == [K(1)])
t(lambda: K(1) in [K(0), K(1)])
t(lambda: (K(1),).index(K(1)))
t(lambda: [K(1), K(2)].count(K(2)))
class BadHash:
    def __hash__(self): raise TypeError("no hash for you")
t(lambda: {BadHash(): 1})
t(lambda: BadHash() in {1: 2})
t(lambda: BadHash() in {1})
t(lambda: {1: 2}.get(BadHash()))
t(lambda: set([BadHash()]))
t(lambda: hash((1, BadHash())))
class HashRet:
    def __hash__(self): return "x"
t(lambda: hash(HashRet()))
class HashBig:
    def __hash__(self): return 2**100
t(lambda: hash(HashBig()))
class HashNeg1:
    def __hash__(self): return -1
t(lambda: hash(HashNeg1()))
class HashBool:
    def __hash__(self): return True
t(lambda: hash(HashBool()))
class EqNoHash:
    def __eq__(self, o): return True
t(lambda: hash(EqNoHash()))
t(lambda: {EqNoHash()})
t(lambda: EqNoHash.__hash__)
class Mut:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
m = Mut()
ds = {m: 1}
m.h = 2
t(lambda: m in ds)
t(lambda: ds.get(m, "missing"))
m.h = 1
t(lambda: m in ds)
class EqChange:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
dd = {}
dd[EqChange(dd)] = 1
t(lambda: EqChange(dd) in dd)
t(lambda: dd)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return "C%d" % self.v
t(lambda: Cmp(1) > Cmp(0))
t(lambda: Cmp(1) <= Cmp(0))
t(lambda: sorted([Cmp(3), Cmp(1)]))
t(lambda: max([Cmp(3), Cmp(5)]))
t(lambda: [Cmp(1)] < [Cmp(2)])
t(lambda: [Cmp(1)] <= [Cmp(1)])
t(lambda: (Cmp(1), 1) < (Cmp(1), 2))
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
t(lambda: (TO(1) >= TO(1), TO(2) > TO(1), TO(1) <= TO(0)))
t(lambda: TO(1) < 5)
