import sys, traceback
sys.setrecursionlimit(60)
class A:
    def __setattr__(self, k, v): setattr(self, k, v)
class B:
    def __init__(self): self.x = 1
    def __getattr__(self, k): return self.y
class C:
    def __str__(self): return "C" + str(self)
class D:
    def __eq__(self, o): return self == o
class E:
    @property
    def v(self): return self.v
class F:
    def __init__(self, n): self.n = n; self.sub = F(n + 1)
class G:
    def __len__(self): return len(self)
class H:
    def __hash__(self): return hash(self)
class I:
    def __iter__(self): return iter(self)
class J:
    def __repr__(self): return "J(%r)" % self
class K:
    def __repr__(self): return "K({})".format(self)
class L:
    def __str__(self): return f"{self}"
class M:
    def __lt__(self, o): return self < o
class N:
    def __add__(self, o): return self + o
class O:
    def __bool__(self): return bool(self)
class P:
    def __contains__(self, x): return x in self
def go(name, fn):
    try: fn()
    except RecursionError as e: print(name, e)
go("setattr", lambda: A().__setattr__('a', 1))
go("getattr", lambda: B().z)
go("str", lambda: str(C()))
go("eq", lambda: D() == 1)
go("prop", lambda: E().v)
go("hash", lambda: hash(H()))
go("iter", lambda: iter(I()))
go("lt", lambda: M() < M())
go("add", lambda: N() + 1)
go("bool", lambda: bool(O()))
go("in", lambda: 1 in P())
import traceback
def tb(fn):
    try: fn()
    except RecursionError as e:
        lines = traceback.format_exc().splitlines()
        print([l for l in lines if 'repeated' in l], len(lines))
for f in [lambda: A().__setattr__('a', 1), lambda: B().z, lambda: str(C()), lambda: D() == 1, lambda: E().v, lambda: N() + 1, lambda: M() < M()]:
    tb(f)

sys.setrecursionlimit(1000)
import json
for n in (400, 990, 1200):
    l = []
    for i in range(n): l = [l]
    try: print(n, len(repr(l)))
    except RecursionError as e: print(n, "repr", e)
    try: print(n, len(json.dumps(l)))
    except RecursionError as e: print(n, "json", e)
    try: print(n, l == l[:] )
    except RecursionError as e: print(n, "eq", e)
    d = {}
    for i in range(n): d = {"k": d}
    try: print(n, len(str(d)))
    except RecursionError as e: print(n, "dict", e)
def f(k):
    if k == 0:
        l = []
        for i in range(900): l = [l]
        return len(repr(l))
    return f(k - 1)
for k in (10, 50, 99, 150):
    try: print(k, f(k))
    except RecursionError as e: print(k, e)
