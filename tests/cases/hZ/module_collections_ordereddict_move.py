from collections import OrderedDict
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("d", last=False); print(list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(repr(e))
print(od.popitem(), od.popitem(last=False), list(od))
o1 = OrderedDict([("a", 1), ("b", 2)]); o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), repr(o1), repr(OrderedDict()))
print(list(reversed(o1)), o1 | {"c": 3}, type(o1 | {}).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(e)
o1.setdefault("z", 0); print(o1, o1.pop("a"), o1.pop("q", "dflt"))
o3 = OrderedDict(); o3["x"] = 1; o3["y"] = 2; o3["x"] = 3; print(list(o3.items()))
del o3["x"]; o3["x"] = 4; print(list(o3.items()), o3.copy())
