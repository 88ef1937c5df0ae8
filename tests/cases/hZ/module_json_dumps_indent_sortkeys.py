import json
data = {"b": [1, 2.5, None, True], "a": {"z": "é", "y": []}, "c": {}, "d": "quote\"\n\t\\"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0), json.dumps({}, indent=2), json.dumps([], indent=2))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("\u2028\ud83d"), json.dumps("😀"))
print(json.dumps(float("inf")), json.dumps(-float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(1.0), json.dumps(10**30))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True), json.dumps(set([1]), default=list), json.dumps((1, 2)))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1 + 2j, cls=E), json.dumps({"x": 1}, separators=(",", ":")))
try:
    l = []; l.append(l); json.dumps(l)
except ValueError as e:
    print(e)
