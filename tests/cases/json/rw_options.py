# dumps options (indent, separators, sort_keys, default, ensure_ascii, skipkeys, allow_nan,
# check_circular, cls), dump/load through files, decode errors with their positions
import io
import json
from collections import OrderedDict

data = {'b': [1, 2.5, None, True], 'a': {'z': 'é☃', 'y': []}, 'c': {}, 3: 'int key', 1.5: 'f', None: 'n', False: 'b'}
print(json.dumps(data))
print(json.dumps(data, sort_keys=False, indent=2))
print(json.dumps({'b': 1, 'a': [1, {'c': 2}]}, sort_keys=True, indent='\t'))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps({'a': [1, 2]}, separators=(',', ':')), json.dumps({'a': [1, 2]}, indent=1, separators=(' ,', ' : ')))
print(json.dumps('é☃\U0001f600\x00"\\\n'), json.dumps('é☃\U0001f600', ensure_ascii=False))
print(json.dumps({(1, 2): 'x', 'k': 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print('TypeError', e)
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
try:
    json.dumps([float('inf')], allow_nan=False)
except ValueError as e:
    print('ValueError', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2), {1, 2} and sorted({2, 1})], default=lambda o: o.__dict__))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print('TypeError', e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps({'p': Point(3, 4)}, cls=Enc), Enc(indent=1).encode([Point(0, 0)]), list(Enc().iterencode({'k': [1]})))
try:
    json.dumps([b'bytes'], cls=Enc)
except TypeError as e:
    print('TypeError', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps((1, 2)), json.dumps(10**20), json.dumps(-0.0), json.dumps(1e300))
buf = io.StringIO()
json.dump({'x': [1, 2]}, buf, indent=1)
json.dump('tail', buf)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"k": [1, 2.0, "s", null, true, false]}')))
print(json.loads(b'[1]'), json.loads('[1]'.encode('utf-16')), json.loads('[1]'.encode('utf-16-le')),
      json.loads('[1]'.encode('utf-32-be')), json.loads(bytearray(b'"x"')), json.loads('\ufeff[2]'.encode('utf-8')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list),
      json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=float),
      json.loads('[NaN, -Infinity]', parse_constant=repr), json.loads('{"a": {}}', object_hook=len))
print(json.decoder.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder(strict=False).decode('"a\tb"'))
for doc in ('', '   ', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '{1: 2}', '"abc', '[1]x', '\n\n  nul',
            '"\\x"', '"\\u12"', '"a\tb"', '{"a":1', '[', 'tru', '-', '1.', '01', '\ufeff1', '[1]\n  [2]'):
    try:
        json.loads(doc)
        print('ok', repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
for bad in (None, 1, ['[]']):
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
err = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(err, err.args, err.__reduce__()[1])
