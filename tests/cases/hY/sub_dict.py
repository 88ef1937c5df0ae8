def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def keys(self):
        print("keys called")
        return ["a", "b"]
    def __getitem__(self, k):
        print("getitem", k)
        return k * 2
    def __iter__(self):
        print("iter called")
        return iter(["x"])
d = D(a=1, b=2)
t(lambda: dict(d))
t(lambda: {**d})
n = {}
n.update(d); print(n)
t(lambda: list(d))
t(lambda: d.get("a"))
t(lambda: d["a"])
t(lambda: repr(d))
t(lambda: d.copy())
t(lambda: type(d.copy()))
t(lambda: type(d | {}))
t(lambda: type({} | d))
def f(**kw): return kw
t(lambda: f(**d))
class M(dict):
    def __missing__(self, k):
        return "miss-" + str(k)
m = M(x=1)
t(lambda: m["y"])
t(lambda: m.get("y"))
t(lambda: "y" in m)
t(lambda: m.pop("y", 5))
class DD(dict):
    def __init__(self, *a, **k):
        print("init", a, k)
        super().__init__(*a, **k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
dd = DD([(1, 2)], z=3)
dd.update({4: 5})
dd.setdefault(6, 7)
dd[8] = 9
print(dd)
t(lambda: DD.fromkeys("ab", 0))
t(lambda: type(DD.fromkeys("ab", 0)))
class R(dict):
    def __repr__(self): return "R!"
t(lambda: [R()])
t(lambda: str(R()))
t(lambda: {1: R()})
class E(dict): pass
e = E(a=1)
e.attr = 5
t(lambda: e.attr)
t(lambda: e == {"a": 1})
t(lambda: repr(e))
t(lambda: E.fromkeys([1]))
import copy, pickle
c = copy.copy(e); print(type(c).__name__, c, c.attr)
c = copy.deepcopy(e); print(type(c).__name__, c, c.attr)
p = pickle.loads(pickle.dumps(e)); print(type(p).__name__, p, p.attr)
class K(dict):
    def __eq__(self, o): return True
    __hash__ = None
t(lambda: K() == {1: 2})
t(lambda: {1: 2} == K())
t(lambda: K() != {})
t(lambda: hash(K()))
t(lambda: d.__class__.__name__)
t(lambda: isinstance(d, dict))
class OD(dict):
    def __len__(self): return 42
t(lambda: len(OD()))
t(lambda: bool(OD()))
t(lambda: dict(OD(a=1)))
class Getr(dict):
    def get(self, k, default=None): return "overridden"
t(lambda: Getr(a=1).get("a"))
t(lambda: Getr(a=1).setdefault("a"))
