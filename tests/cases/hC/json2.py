import json, collections, decimal, enum
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}; d["x"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
try:
    json.dumps({"a": 1, 2: 3, "b": None}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps({2: "a", 1: "b"}, sort_keys=True), json.dumps({True: 1, None: 2, 1.5: 3}))
print(json.loads('"a\\tb"'), repr(json.loads('"tab\there"', strict=False)))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('1.5', parse_float=decimal.Decimal), json.loads('[1e400, -1e400]'), json.loads('123456789012345678901234567890'))
print(json.loads('{"__complex__": true, "re": 1, "im": 2}', object_hook=lambda o: complex(o["re"], o["im"]) if "__complex__" in o else o))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        if isinstance(o, decimal.Decimal): return str(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}, "d": decimal.Decimal("1.10")}, cls=Enc, indent=1))
print(list(Enc().iterencode({"a": [1, 2]})), Enc(sort_keys=True, separators=(",", ":")).encode({"b": 1, "a": {3}}))
class Color(enum.Enum):
    RED = "r"
try:
    json.dumps(Color.RED)
except TypeError as e:
    print(e)
class F(float):
    def __repr__(self): return "F!"
class I(int):
    def __repr__(self): return "I!"
class S(str): pass
print(json.dumps([F(1.5), I(3), S("x"), True, False]), json.dumps({S("k"): I(1)}))
print(json.dumps("\u2028\u2029"), json.dumps("\x7f\x80"), json.dumps("é", ensure_ascii=True), json.dumps(["a", "b"], indent=" "))
print(json.dumps({"a": [], "b": {}, "c": [{}]}, indent=2))
print(json.dumps([1, [2, [3, [4]]]], indent=1, separators=(",", ": ")))
print(json.dumps(3.0), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.123456789), json.dumps(2 ** 64), json.dumps(0.1 + 0.2), json.dumps(1e16), json.dumps(1.5e300))
print(json.loads(" [ 1 , 2 ] "), json.loads("\n{}\n"), json.loads('"\\u0041\\u00e9"'), json.loads("-0"), json.loads("-0.0"), json.loads("1E2"), json.loads("true"), json.loads("null") is None)
for bad in ['[1, 2', '{"a":}', '{"a": 1, }', '[01]', '"\\uZZZZ"', '[1 2]', '{1: 2}', '[True]', 'Infinity1', '{"a":1}}', '\ufeff[1]', '[-]', '[.5]', '[1.e5]', '"abc\n"', '[', ']', '{"a" : 1, "b"}', '  \n  [\n  1,\n  ]']:
    try:
        print(repr(bad), "->", json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, "|", e.lineno, e.colno, e.pos)
try:
    json.loads(b"\xff\xfe")
except (UnicodeDecodeError, json.JSONDecodeError) as e:
    print(type(e).__name__)
print(json.loads(b'{"a": 1}'), json.loads('"\\/"'), json.loads(bytearray(b"[2]")))
try:
    json.loads(None)
except TypeError as e:
    print(e)
print(json.dumps({"x": 1}, indent=None, separators=None), json.dumps([1, 2], separators=(";", "=")), json.dumps({"a": 1}, separators=(",", "=")))
print(json.JSONEncoder().encode("x"), json.JSONEncoder(ensure_ascii=False).encode("é"), json.JSONDecoder().decode("[1]"), json.decoder.JSONDecodeError.__mro__[1].__name__)
