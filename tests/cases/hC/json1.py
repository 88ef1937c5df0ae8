import json
data = {"b": [1, 2.5, None, True], "a": {"x": "é\u2603\n", "y": []}, "c": {}, 3: "int key", 2.5: 'f', None: 0, False: 1}
print(json.dumps(data))
print(json.dumps(data, indent=2, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "y": 1}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
try:
    json.dumps(set([1]))
except TypeError as e:
    print(e)
print(json.dumps({1, 2} and [1], default=list))
print(json.dumps({"s": {1, 2}}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1 + 2j, cls=E), E(indent=1).encode([1]))
try:
    json.dumps(object, cls=E)
except TypeError as e:
    print(e)
for bad in ['{"a": 1,}', '[1, 2', '', '{"a" 1}', 'nul', '"abc', '[1] x', "{'a': 1}", '01', '"\\x"', '{"a":1 "b":2}', '[,]', '  ', '1.', '-', '"\t"', '[1,]', 'NaNx', '{"a"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": [1, 2.0, 1e3, -0, "\\u00e9\\ud83d\\ude00"], "b": null, "c": NaN, "d": -Infinity}'))
print(json.loads('[1, 2]', parse_int=str, parse_float=lambda s: 'F' + s))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads(b'[1]'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print(json.dumps("\"\\\b\f\n\r\t\x00\x1f\x7f/"))
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
print(json.dumps(True), json.dumps(None), json.dumps(12345678901234567890), json.dumps(1.0), json.dumps(1e100), json.dumps(0.1))
print(json.dumps({"a": 1}, indent=4, separators=(",", ": ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
import io
s = io.StringIO(); json.dump({"k": [1, 2]}, s, indent=1); print(s.getvalue())
print(json.load(io.StringIO('{"z": true}')))
print(json.JSONDecoder().raw_decode('[1, 2] rest'))
class IntSub(int): pass
print(json.dumps([IntSub(5), 3.0, -0.0]))
import enum
class Color(enum.IntEnum):
    RED = 1
print(json.dumps(Color.RED), json.dumps({Color.RED: 1}))
