def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        print("missing", k)
        return k * 2
t(lambda: D.fromkeys("ab", 0))
t(lambda: type(D.fromkeys("ab")).__name__)
d = D(x=1)
t(lambda: d["zz"])
t(lambda: d.get("zz"))
t(lambda: "zz" in d)
t(lambda: d.setdefault("q", 5))
t(lambda: d.pop("nope", None))
t(lambda: d)
class E(dict):
    def __init__(self):
        pass
e = E.fromkeys([1, 2])
t(lambda: (type(e).__name__, e))
class F(dict):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
t(lambda: F.fromkeys([1]))
import collections
t(lambda: collections.OrderedDict.fromkeys("ab", 1))
t(lambda: collections.Counter.fromkeys("ab"))
t(lambda: collections.defaultdict.fromkeys("ab", 1))
t(lambda: dict.fromkeys({1: 2, 3: 4}))
t(lambda: dict.fromkeys({1, 2}, None))
t(lambda: dict.fromkeys("aba"))
t(lambda: dict.fromkeys([[1]]))
class G(dict):
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 42
g = G(a=1, b=2)
t(lambda: dict(g))
t(lambda: {**g})
t(lambda: dict.update({}, g) )
x = {}
x.update(g)
t(lambda: x)
class H:
    def keys(self): return [1, 2]
    def __getitem__(self, k): return k * 10
t(lambda: dict(H()))
t(lambda: {**H()})
x = {}
x.update(H())
t(lambda: x)
t(lambda: x | H())
class NoKeys:
    def __getitem__(self, k): return k
t(lambda: dict(NoKeys()))
t(lambda: {**NoKeys()})
def kw(**k): return k
t(lambda: kw(**H()))
t(lambda: kw(**{1: 2}))
t(lambda: kw(**{"a": 1}, a=2))
t(lambda: kw(**[1]))
