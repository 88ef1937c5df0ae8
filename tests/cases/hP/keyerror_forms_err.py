class Key:
    def __repr__(self):
        return "Key<1>"
d = {}
for k in ["plain", "", "with 'quote'", 'with "dq"', ("tup", 1), (), 3.5, None, Key(), frozenset(), b"by"]:
    try:
        d[k]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
print(str(KeyError("a", "b")), str(KeyError(["x"])))
class MyKey(KeyError):
    pass
print(str(MyKey("m")), repr(MyKey("m")))
class MyKeyStr(KeyError):
    def __str__(self):
        return "custom " + Exception.__str__(self)
print(str(MyKeyStr("m")))
s = set()
try:
    s.remove(("a", 1))
except KeyError as e:
    print("set:", e)
try:
    {}.pop("x")
except KeyError as e:
    print("pop:", e)
import collections
try:
    collections.OrderedDict().move_to_end("zz")
except KeyError as e:
    print("od:", e)
dd = collections.defaultdict(None)
try:
    dd["q"]
except KeyError as e:
    print("dd:", e)
m = collections.ChainMap({})
try:
    m.pop("cm")
except KeyError as e:
    print("chainmap:", e)
d[("tuple", "key")]
