# ChainMap, UserDict, UserList, UserString.
from collections import ChainMap, UserDict, UserList, UserString


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
cm = ChainMap(a, b)
print(cm, cm["x"], cm["y"], cm["z"], len(cm), sorted(cm), list(cm), cm.get("w", "-"), "z" in cm)
print(cm.maps, cm.parents, cm.new_child(), cm.new_child({"w": 0}), cm.new_child(k=1))
cm["w"] = 5
print(a, cm.pop("w"), a)
t(cm.pop, "z")
t(cm.__delitem__, "z")
t(cm.__getitem__, "nope")
print(dict(cm), list(cm.items()), list(cm.values()))
child = cm.new_child()
child["x"] = 100
print(child["x"], cm["x"], child.parents is not cm, child.parents.maps == cm.maps)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {})), bool(cm), ChainMap({}).maps)
c2 = cm.copy()
c2["new"] = 1
print("new" in cm, "new" in c2, type(c2).__name__)
print(ChainMap.fromkeys("ab", 0), cm | {"q": 1}, {"q": 1} | cm)
cm |= {"r": 2}
print(cm)
e = ChainMap({}, {"k": 1})
t(e.popitem)
e.maps[0]["a"] = 1
print(e.popitem(), e)
e.clear()
print(e, e["k"])
r = ChainMap()
r.maps.append(r)
print(r)


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return "default"


print(DefaultChain({})["x"])

u = UserDict(a=1)
u["b"] = 2
print(u, u.data, len(u), u["a"], "b" in u, u.get("c"), list(u), sorted(u.items()))
del u["a"]
print(u, u.copy(), type(u.copy()).__name__, UserDict.fromkeys("xy", 0))
t(u.__getitem__, "zz")
print(u | {"c": 3}, {"c": 3} | u, u == {"b": 2}, isinstance(u, dict))
u |= {"d": 4}
print(u, UserDict({"k": 1}, j=2), UserDict([("p", 1)]))


class MissingDict(UserDict):
    def __missing__(self, key):
        return key * 2


md = MissingDict()
print(md["ab"], md.get("ab"), md.copy(), type(md.copy()).__name__)

ul = UserList([3, 1, 2])
ul.append(4)
ul.sort()
print(ul, ul.data, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul + [5], [0] + ul, ul * 2, 2 * ul)
ul.extend(UserList([9]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2), 3 in ul, ul == [1, 2, 3, 4], ul < [5])
ul.reverse()
ul.remove(2)
print(ul, ul.copy(), UserList(), UserList("ab"), UserList(UserList([1])))
ul += (7,)
ul *= 2
print(ul)
ul[0] = "x"
del ul[1]
print(ul, list(reversed(ul)))
ul.clear()
print(ul)

s = UserString("Hello")
print(s, repr(s), len(s), s[1], s[1:3], s.upper(), s.lower(), s + "!", "> " + s, s * 2, s.data)
print(s.find("l"), s.count("l"), s.replace("l", "L"), s.split("l"), s.startswith("He"), "ell" in s)
print(s == "Hello", s < "Z", s.center(9, "*"), s.zfill(8), s.strip("Ho"), s.title(), s.isalpha(), s.isdigit())
print(UserString(123), UserString(s), s.join(["a", "b"]), s.partition("l"), s.encode(), hash(s) == hash("Hello"))
print(UserString("%s-%d") % ("a", 1), int(UserString("42")), float(UserString("1.5")), s.swapcase(), s.casefold())
print(s.ljust(7, "."), s.rjust(7), s.expandtabs(), s.rfind("l"), s.index("e"), s.rindex("l"), s.splitlines(),
      s.removeprefix("He"), s.removesuffix("lo"), s.format(), UserString("{0}").format(5), s.isupper(), s.istitle())
print(sorted([UserString("b"), UserString("a")]), type(s.upper()).__name__, s.rsplit("l", 1), s.rpartition("l"),
      s.lstrip("H"), s.rstrip("o"), s.capitalize(), s.translate({72: 74}), s.isascii(), s.isspace(), s.isalnum())
