import sys
sys.setrecursionlimit(200)
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, "->", e)
nested = []
cur = nested
for i in range(1000):
    cur.append([])
    cur = cur[0]
attempt("repr list", lambda: repr(nested))
attempt("str list", lambda: str(nested))
d = {}
cur = d
for i in range(1000):
    cur["k"] = {}
    cur = cur["k"]
attempt("repr dict", lambda: repr(d))
t = ()
for i in range(1000):
    t = (t,)
attempt("repr tuple", lambda: repr(t))
attempt("hash tuple", lambda: hash(t))
class Eq:
    def __eq__(self, other):
        return self == other
attempt("eq", lambda: Eq() == Eq())
class Lt:
    def __lt__(self, other):
        return other > self
    def __gt__(self, other):
        return other < self
attempt("lt", lambda: Lt() < Lt())
class S:
    def __str__(self):
        return str(self)
attempt("str", lambda: str(S()))
class R:
    def __repr__(self):
        return "R(%r)" % (self,)
attempt("repr", lambda: repr(R()))
class G:
    def __getattr__(self, name):
        return self.other
attempt("getattr", lambda: G().x)
class P:
    @property
    def v(self):
        return self.v
attempt("property", lambda: P().v)
class I:
    def __init__(self):
        I()
attempt("init", lambda: I())
def gen(n):
    yield from gen(n + 1)
attempt("yield from", lambda: list(gen(0)))
a = []
a.append(a)
print(repr(a), str(a))
b = {}
b["self"] = b
print(repr(b))
import json
try:
    json.dumps(a)
except ValueError as e:
    print("json:", e)
import copy
attempt("eq nested", lambda: nested == copy.copy(nested))
attempt("isinstance", lambda: isinstance(1, t))
attempt("issubclass", lambda: issubclass(int, t))
t2 = (str,)
for i in range(50):
    t2 = (t2, bytes)
print(isinstance(1, t2), isinstance("s", t2), issubclass(bytes, t2))
