import json
from collections import OrderedDict

def pretty(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            items.append(f"{pad}{' ' * step}{json.dumps(str(k))}: {pretty(v, indent + step, step)}")
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj):
            return "[" + ", ".join(map(repr, obj)) + "]"
        inner = ",\n".join(f"{pad}{' ' * step}{pretty(x, indent + step, step)}" for x in obj)
        return f"[\n{inner}\n{pad}]"
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return str(obj).lower()
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, (int, str)):
        return json.dumps(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

data = {
    "name": "Widget \"Pro\"",
    "tags": ["a", "b\nc", "é", "\u2603"],
    "dims": [1, 2.5, -3, 1e100, 1e-7],
    "nested": {"empty_list": [], "empty_dict": {}, "none": None, "flags": [True, False]},
    "matrix": [[1, 2], [3, 4]],
    3: "int key",
}
out = pretty(data)
print(out)
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) == out)
print(json.dumps(data, indent=2))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, sort_keys=True, indent="\t"))
back = json.loads(json.dumps(data))
print(back["3"], sorted(back))
print(json.loads('{"a": 1.0, "b": 1E2, "c": -0, "d": "\\u00e9\\ud83d\\ude00", "e": [], "f": 12345678901234567890}'))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '"abc', '', '[1] x', '{"a": NaN}', "{'a': 1}"]:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
for bad in [{"x": set()}, float("nan"), [object]]:
    try:
        print(pretty(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
print(json.dumps("tab\there", ensure_ascii=True), json.dumps("\x00\x1f\x7f"))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    raise TypeError(repr(type(o)))
print(json.dumps([Point(1, 2), Point(3, 4)], default=enc))
print(json.loads('[{"x": 1, "y": 2}]', object_hook=lambda d: Point(**d))[0].y)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[1,2]', object_pairs_hook=list))
print(json.loads('{"k": [1, 2], "k": 3}', object_pairs_hook=list))
class MyEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(MyEnc(indent=1).encode({"c": 1 + 2j}))
try:
    MyEnc().encode({"c": b"x"})
except TypeError as e:
    print(e)
print(json.dumps({True: 1, None: 2, 1.5: 3}))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
