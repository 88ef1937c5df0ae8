# json.loads options: hooks, parse_* callables, strict, cls, raw_decode, bytes input.
import json
from json import JSONDecoder, JSONDecodeError


def show(f):
    try:
        print(repr(f()))
    except JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(type(e).__name__, e)


doc = '{"a": 1, "b": [1.5, 2, "x"], "c": {"d": null, "e": true}, "a": 3}'
show(lambda: json.loads(doc))
show(lambda: list(json.loads(doc)))
show(lambda: json.loads(doc, object_hook=lambda d: sorted(d.items())))
show(lambda: json.loads(doc, object_pairs_hook=lambda p: p))
show(lambda: json.loads(doc, object_pairs_hook=list, object_hook=dict))
show(lambda: json.loads('[1, 2.50, -3e2, 10000000000000000000000]', parse_int=str, parse_float=str))
show(lambda: json.loads('[1.25, 7]', parse_float=lambda s: ('F', s)))
show(lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'const:' + c))
show(lambda: json.loads('[NaN, Infinity, -Infinity]'))
show(lambda: json.loads('[1, 2]', parse_int=float))
show(lambda: json.loads('"a\tb\nc\x00"', strict=False))
show(lambda: json.loads('"a\tb"'))
show(lambda: json.loads('{"x\ty": 1}', strict=False))
show(lambda: json.loads('[]', foo=1))

dec = JSONDecoder()
show(lambda: dec.raw_decode('[1, 2] trailing'))
show(lambda: dec.raw_decode('  [1]'))
show(lambda: dec.raw_decode('xx{"a": "b"}yy', 2))
show(lambda: dec.raw_decode('"\u00e9\u00e9" 5'))
show(lambda: dec.raw_decode('[1]', 5))
show(lambda: dec.raw_decode('[1]', -1))
show(lambda: dec.decode('  {"k": [true, false]}  \n'))
show(lambda: dec.decode('[1] [2]'))
show(lambda: dec.scan_once('123 456', 4))
show(lambda: dec.scan_once('123', 3))

show(lambda: json.loads(b'{"a": "\xc3\xa9"}'))
show(lambda: json.loads(bytearray(b'[1, 2]')))
show(lambda: json.loads(b'\xef\xbb\xbf[1]'))
show(lambda: json.loads('[1]'.encode('utf-16-le')))
show(lambda: json.loads('[1]'.encode('utf-16-be')))
show(lambda: json.loads('"ab"'.encode('utf-32-le')))
show(lambda: json.loads('"ab"'.encode('utf-32-be')))
show(lambda: json.loads('1'.encode('utf-16-le')))
show(lambda: json.loads(123))
show(lambda: json.loads(None))
show(lambda: json.loads('\ufeff[1]'))
show(lambda: json.detect_encoding(b'{"a": 1}'))
show(lambda: json.detect_encoding(b'\x00\x00\x00['))
show(lambda: json.detect_encoding(b'[\x00\x00\x00'))
show(lambda: json.detect_encoding(b'\x00['))


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


show(lambda: json.load(Reader('{"from": "file", "n": [1, 2, 3]}')))
show(lambda: json.load(Reader('[1, 2'), object_pairs_hook=dict))


class PointDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.make_point, **kw)

    def make_point(self, d):
        if set(d) == {'x', 'y'}:
            return ('Point', d['x'], d['y'])
        return d


show(lambda: json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
show(lambda: json.loads('[1.5]', cls=PointDecoder, parse_float=round))


class LoudDecoder(JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s))


show(lambda: json.loads('{"a": 1}', cls=LoudDecoder))

# Keys are shared between objects (memoized) and values keep their types.
r = json.loads('[{"key": 1}, {"key": 2}]')
print(list(r[0])[0] is list(r[1])[0], r)
d = json.loads('{"a": {"b": {"c": [[], {}, [[]]]}}}')
print(d, type(d['a']['b']['c'][1]).__name__)
print(json.loads('-0'), json.loads('-0.0'), json.loads('1E400'), json.loads('0.1'), json.loads('1e-400'))
print(json.loads('123456789012345678901234567890123'), json.loads('-9223372036854775809'))
print(json.loads('9223372036854775807'), json.loads('-9223372036854775808'))
print(json.loads('1.7976931348623157e308'), json.loads('5e-324'), json.loads('2.2250738585072014e-308'))
print(json.loads('"\\ud834\\udd1e and \\u00e9 and \\u0041\\/"'))
print(json.loads(' \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ "a" \n:\n 2 } ] \t\r\n'))
