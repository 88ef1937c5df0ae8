class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2

d = DefaultDict(a=1)
print(d["a"], d["bb"], d.get("cc"), "bb" in d, d)
print(type(d).__name__, isinstance(d, dict), type(d.copy()).__name__)

class Logging(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
    def keys(self):
        print("keys")
        return super().keys()
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __len__(self):
        print("len")
        return super().__len__()
    def items(self):
        print("items")
        return super().items()

l = Logging(x=1, y=2)
print("--- dict()")
print(dict(l))
print("--- update")
z = {}
z.update(l)
print(z)
print("--- **")
def f(**kw):
    return kw
print(f(**l))
print("--- {**}")
print({**l})
print("--- get")
print(l.get("x"))
print("--- setdefault")
print(l.setdefault("q", 5))
print("--- subscript set")
l["w"] = 3
print("--- constructor kwargs")
l2 = Logging({"a": 1})
print("--- list")
print(list(l))
print("--- len")
print(len(l))
print("--- repr")
print(l)
print("--- eq")
print(l == {"x": 1, "y": 2, "q": 5, "w": 3})
print("--- json")
import json
print(json.dumps(l, sort_keys=True))
print("--- |")
print(type(l | {}).__name__, l | {"n": 0})
print("--- fromkeys")
fk = Logging.fromkeys("ab", 0)
print(type(fk).__name__, fk)
print("--- copy")
import copy
c = copy.copy(l)
print(type(c).__name__)

class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(k=1)
a.m = 2
print(a, a.k, a.m)
try:
    a.zz
except Exception as e:
    print(type(e).__name__, e)
print(hasattr(a, "__dict__"), a.__dict__ if hasattr(a, "__dict__") else None)
class WithRepr(dict):
    def __repr__(self):
        return "WR" + dict.__repr__(self)
w = WithRepr(a=WithRepr(b=1))
print(w, str(w), [w], "%s" % w)
print(dict.fromkeys(range(3)), WithRepr.fromkeys([1]))
