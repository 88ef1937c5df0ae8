# Edge cases: big numbers, nesting limits, duplicate keys, str subclasses, surrogate pairs.
import json
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: len(str(json.loads('1' * 4300))))
t(lambda: json.dumps({1: 2, (1,): 3, 'a': 4}, sort_keys=True, skipkeys=True))
class S(str): pass
t(lambda: json.loads(S('[1, "x"]')))
t(lambda: json.loads('{"a": 1}', object_hook=lambda d: 5))
t(lambda: json.loads('[' * 50 + ']' * 50))
t(lambda: json.dumps([[[]]] * 3, indent=2))
l = []; l.append(l)
t(lambda: json.dumps(l, check_circular=False))
t(lambda: json.loads('[' * 5000))
t(lambda: json.loads('{"a":' * 5000))
d = {}
for i in range(20): d['k%d' % i] = i
t(lambda: json.loads(json.dumps(d)) == d)
t(lambda: json.dumps({'a': 1, 'b': 2}, indent=2, sort_keys=True).splitlines())
t(lambda: json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
t(lambda: json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
t(lambda: json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"'))
t(lambda: json.dumps(json.loads('"\\u00e9\\u4e2d\\ud83d\\ude00"')))
t(lambda: json.loads('1.0000000000000001'))
t(lambda: json.loads('0.1e1'))
t(lambda: json.loads('123e-2'))
t(lambda: json.loads('[1.5e+3, 2E-2, -0e0]'))
