from collections import ChainMap, UserDict, UserList, UserString, defaultdict
base = {"a": 1, "b": 2}; over = {"b": 20}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, dict(cm))
cm["c"] = 3; print(over, base)
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"], repr(ChainMap()))
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
class LowerDict(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
ld = LowerDict({"A": 1}); ld["B"] = 2; print(ld, ld.data, "a" in ld, ld.get("c", 0), type(ld.copy()).__name__)
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], len(ul))
us = UserString("hello"); print(us.upper(), us[1:3], us + "!", us * 2, "ell" in us, type(us.upper()).__name__)
dd = defaultdict(lambda: "N/A", x=1); print(dd["x"], dd["y"], dict(dd), repr(defaultdict(int))[:30])
tree = lambda: defaultdict(tree)
t = tree(); t["a"]["b"]["c"] = 1; print(t["a"]["b"]["c"], list(t["a"]))
dd2 = defaultdict(None); 
try:
    dd2["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
counts = defaultdict(int)
for w in "a b a c b a".split(): counts[w] += 1
print(sorted(counts.items(), key=lambda kv: -kv[1]), counts.default_factory.__name__)
