import json
from collections import OrderedDict
d = {'b': [1, 2.0, None, True, False], 'a': {'x': 'é\u2028"\\\n\t'}, 'c': (1, 2), 3: 'int key', 2.5: 'f', None: 'n', True: 't'}
print(json.dumps(d)); print(json.dumps(d, ensure_ascii=False))
print(json.dumps({'b': 1, 'a': [1, {'z': 2, 'y': []}], 'c': {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent='\t')); print(json.dumps([1, 2], indent=0)); print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps([1, {'a': 2}], indent=2, separators=(', ', ': ')), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')), json.dumps(1e100), json.dumps(0.1), json.dumps(1.0), json.dumps(-0.0), json.dumps(10**30), json.dumps(1e16))
print(json.dumps('\x00\x1f\x7f\ud800😀'), json.dumps('😀', ensure_ascii=False))
class P:
    def __init__(self): self.x = 1
print(json.dumps(P(), default=lambda o: o.__dict__), json.dumps({1, 2} and [1], default=list), json.dumps(set([3]), default=sorted))
for bad in [lambda: json.dumps(P()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps(b'x'), lambda: json.dumps({'a': object}, default=lambda o: o) if False else json.dumps([1j])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
print(json.dumps({'b': 1, 1: 2}, skipkeys=True), json.dumps({(1,): 1, 'a': 2}, skipkeys=True))
try: json.dumps({'b': 1, 1: 2}, sort_keys=True)
except TypeError as e: print(e)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\n"}'), json.loads('  7 '), json.loads('"x"'), json.loads('1E400'), json.loads('-0'), json.loads('[-0.0]'))
print(json.loads('123456789012345678901234567890'), json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads('{"a":1,"a":2}'), json.loads(b'[1]'), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[NaN]', parse_constant=lambda s: s))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
for s in ['', '{"a": 1,}', '[1, 2', '{"a" 1}', '{a: 1}', 'tru', '[1,]', '"abc', '1 2', '"\\x"', '{"a":1}}', '\n\n  [1,\n  }', '"\t"', "'a'", '[01]', '-', '{"a":1 "b":2}', '"\\ud800"', '\ufeff[1]', '[1e]']:
    try: print(repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try: json.loads(5)
except TypeError as e: print(e)
print(json.loads('"\\t"'), json.loads('"\t"', strict=False), isinstance(json.JSONDecodeError('m', 'd', 0), ValueError))
enc = json.JSONEncoder(sort_keys=True, indent=1); print(enc.encode({'b': 1, 'a': 2}), list(enc.iterencode([1, 2])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1 + 2j], cls=E))
try: json.dumps([object()], cls=E)
except TypeError as e: print(str(e)[:30])
dec = json.JSONDecoder(); print(dec.raw_decode('[1, 2] tail'), dec.decode(' {"a": null} '))
import io
f = io.StringIO(); json.dump({'k': [1, 2]}, f, indent=1); print(f.getvalue()); f.seek(0); print(json.load(f))
