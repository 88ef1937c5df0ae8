import json
print(json.loads('{"a": [1, 2.5e3, -0, true, false, null], "b": "\\u00e9\\n"}'), json.loads("  7 "), json.loads('"\\ud83d\\ude00"'))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads("[]"), json.loads(b'{"x": 1}'), json.loads('{"a":1,"a":2}'))
for bad in ("", "{", "[1,]", "{'a': 1}", '{"a" 1}', "tru", "1 2", '"abc', '"\\x"', "[1, 2", "01", '{"a":1,}', "\x00", '"\t"', "-", "1e"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "|", e, "|", e.pos, e.lineno, e.colno)
print(json.loads('{"n": 1.5}', parse_float=str), json.loads("12", parse_int=float), json.loads('[1]', object_hook=None))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)), json.loads('[["k", 1]]'), json.loads('{"a":1}', object_pairs_hook=list))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError), json.loads('"line\\nnext"'))
try:
    json.loads('{\n  "a": 1,\n  "b": ]\n}')
except ValueError as e:
    print(e)
