# JSONEncoder: attributes, subclassing default/encode/iterencode, chunked iterencode, dump.
import json
from json import JSONEncoder


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


e = JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular,
      e.allow_nan, e.sort_keys, e.indent)
e = JSONEncoder(indent=2)
print(repr(e.item_separator), repr(e.key_separator))
e = JSONEncoder(indent=2, separators=(';', '='))
print(repr(e.item_separator), repr(e.key_separator), e.encode({'a': [1, 2]}))
print(JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))
print(JSONEncoder().encode('plain \u00e9 string'), JSONEncoder(ensure_ascii=False).encode('\u00e9'))
show(lambda: JSONEncoder().default(5))
show(lambda: JSONEncoder(1))
show(lambda: JSONEncoder(bogus=1))


class ComplexEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([1 + 2j, {3, 1}], cls=ComplexEncoder))
print(json.dumps({'z': 1j}, cls=ComplexEncoder, indent=1, sort_keys=True))
print(ComplexEncoder().encode([{5, 4}]))
show(lambda: json.dumps([object()], cls=ComplexEncoder))
print(list(ComplexEncoder().iterencode({'a': 2j})))


class UpperEncoder(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({'key': 'value'}, cls=UpperEncoder))


class FloatFmtEncoder(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.replace('1.5', 'ONE-AND-A-HALF')


print(json.dumps([1.5, {'x': 1.5}], cls=FloatFmtEncoder))


class Stateful(JSONEncoder):
    def __init__(self, *, tag='T', **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return self.tag + ':' + type(o).__name__


print(json.dumps([object(), 1], cls=Stateful, tag='X'))
print(json.dumps([object()], cls=Stateful))

# Chunking of iterencode (the pure-Python encoder's chunks) and one-shot.
doc = {'a': [1, 'two', None, True, 2.5, [], {}], 'b': {'c': [[1], {'d': 'e'}]}, 'f': ()}
print(list(JSONEncoder().iterencode(doc)))
print(list(JSONEncoder(indent=2).iterencode(doc)))
print(list(JSONEncoder(sort_keys=True, separators=(',', ':')).iterencode(doc)))
print(list(JSONEncoder().iterencode([])), list(JSONEncoder().iterencode('s')), list(JSONEncoder().iterencode(5)))
print(JSONEncoder().iterencode([1, 2], _one_shot=True))
print(type(JSONEncoder().iterencode([1])).__name__)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
json.dump(doc, w)
print(w.parts)
print(''.join(w.parts) == json.dumps(doc))
w = Writer()
json.dump(doc, w, indent=1, sort_keys=True)
print(''.join(w.parts) == json.dumps(doc, indent=1, sort_keys=True), len(w.parts))

# An error stops the stream after the chunks already produced.
w = Writer()
try:
    json.dump({'ok': [1, 2], 'bad': object(), 'never': 3}, w)
except TypeError as exc:
    print('TypeError', exc)
print(w.parts)
w = Writer()
try:
    json.dump([1, float('nan')], w, allow_nan=False)
except ValueError as exc:
    print('ValueError', exc)
print(w.parts)
w = Writer()
json.dump('just a string', w)
json.dump(None, w, cls=ComplexEncoder)
print(w.parts)
