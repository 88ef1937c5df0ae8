import json
from collections import OrderedDict
data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é\n"q"', 'y': []}, 'c': {}, 'd': 1e100, 'e': -0.0, 'f': 10**20}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ': ')))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-float('inf')))
try:
    json.dumps(float('nan'), allow_nan=False)
except Exception as e:
    print(type(e).__name__, e)
try:
    json.dumps({(1, 2): 3})
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
try:
    json.dumps({1, 2})
except Exception as e:
    print(type(e).__name__, e)
try:
    json.dumps(object)
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps({1, 2}, default=sorted))
print(json.dumps('\u2603\ud83d\ude00 \x00\x1f\x7f'), json.dumps('😀', ensure_ascii=False))
l = []; l.append(l)
try:
    json.dumps(l)
except Exception as e:
    print(type(e).__name__, e)
print(json.loads('{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\n"}'))
print(json.loads('123'), json.loads(' "x" '), json.loads('1E400'), json.loads('-0'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('[1,2]', parse_int=str), json.loads('[1.5]', parse_float=lambda s: 'F' + s))
print(json.loads('{"a":1,"a":2,"b":3}', object_pairs_hook=list))
print(json.loads('{"z":1,"a":2}', object_pairs_hook=OrderedDict))
print(json.loads('{"__c__": [1, 2]}', object_hook=lambda d: complex(*d['__c__']) if '__c__' in d else d))
print(json.loads('{"n": NaN}', parse_constant=lambda s: 'const:' + s))
bad = ['', '{', '[1,]', '{"a" 1}', '{"a":1,}', "{'a':1}", '[1 2]', 'tru', '"abc', '"\\x"', '1 2', '{"a":1}\n  x', '[\n1,\n2,\n]', '"\t"', '01', '[-]', '{1:2}', '"\\ud800"', '  ', '[1]]', '"\\u12"']
for b in bad:
    try:
        print(repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.JSONDecodeError.__mro__[1].__name__)
try:
    json.loads(5)
except Exception as e:
    print(type(e).__name__, e)
print(json.loads(b'{"a": 1}'), json.loads('"\\ud83d\\ude00"'))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} tail'), dec.raw_decode('[1]  ', 0))
enc = json.JSONEncoder(indent=1, sort_keys=True)
print(enc.encode({'b': 1, 'a': [1]}), list(enc.iterencode([1, 'a'])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=E))
try:
    json.dumps([b'x'], cls=E)
except Exception as e:
    print(type(e).__name__, e)
print(json.dumps(1.0), json.dumps(0.1), json.dumps(1e-7), json.dumps(123456789012345678901234567890), json.dumps(3.0e16))
print(json.dumps("x", indent=4), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([{}], indent=2))
import io
buf = io.StringIO(); json.dump({'k': [1]}, buf, indent=1); print(buf.getvalue())
print(json.load(io.StringIO('[3]')))
class IntLike(int): pass
class StrLike(str): pass
print(json.dumps([IntLike(5), StrLike('s'), True]), json.dumps({StrLike('k'): 1}))
