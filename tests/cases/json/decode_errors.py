# Malformed documents: JSONDecodeError messages, positions, lines and columns.
import json
from json import JSONDecodeError


def check(doc, **kw):
    try:
        print(repr(doc), '->', repr(json.loads(doc, **kw)))
    except JSONDecodeError as e:
        print(repr(doc), '!', str(e), '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    except Exception as e:
        print(repr(doc), type(e).__name__, e)


bad = [
    '', ' ', '\n\n', 'x', 'nul', 'tru', 'fals', 'nan', 'inf', '-', '-x', '+1', '.5', '1.', '1.e3',
    '1e', '1e+', '1E-', '01', '00', '-01', '0x10', '1 2', '[] []', '{}x', '"a" "b"',
    '[', ']', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1;2]', '[-]', '[1]]',
    '{', '}', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{,}', '{1:2}', "{'a':1}",
    '{"a" 1}', '{"a"::1}', '{"a":1 "b":2}', '{"a":1}}', '{"a":[}',
    '"', '"abc', '"abc\\', '"\\', '"\\"', '"\\x"', '"\\a"', '"\\u"', '"\\u12"', '"\\u123"',
    '"\\u12g4"', '"\\u1234', '"\\ud800\\u12x4"', '"\\ud800\\u"', '"a\x00b"', '"a\nb"', '"\x1f"',
    '"\x7f ok"', 'True', 'None', 'NULL', 'Nan', '-Infinit', 'Infinityx', '[NaN,-NaN]',
    '\ufeff{}', '[1,\n 2,\n x]', '{\n  "a": 1,\n  "b": ?\n}', '\n\n   [\n', '"\u00e9\u00e9" x',
    '["\u00e9", \u00e9]', '{"\U0001f600": tru}', '[1]\n\n  extra', '"\\\u00e9"',
]
for doc in bad:
    check(doc)

good = ['0', '-0', '0.0', '1e5', '1E+5', '1e-5', '-1.5e-3', '3.0e0', '"\x7f"', '"\\u00e9"',
        '"\\uD83D\\uDE00"', '[1, [2, [3, [4]]]]', '{"": ""}', '{"a": {}}', '"\\u0000"']
for doc in good:
    check(doc)

try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print(type(e).__name__, isinstance(e, JSONDecodeError), e.args)
    cls, args = e.__reduce__()
    print(cls.__name__, args)
    again = cls(*args)
    print(str(again) == str(e), again.pos, again.colno)
print(JSONDecodeError.__module__, JSONDecodeError.__name__, JSONDecodeError.__mro__[1].__name__)
e = JSONDecodeError('Custom', 'line one\nline two\nthree', 15)
print(e, e.lineno, e.colno)
e = JSONDecodeError('At start', '', 0)
print(e, e.lineno, e.colno)
print(json.decoder.JSONDecodeError is JSONDecodeError, json.JSONDecodeError is JSONDecodeError)
check('"a\tb"', strict=False)
check('["\n"]', strict=False)
check('["\n"]', strict=True)
