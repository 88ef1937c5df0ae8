# json.dumps: scalars, containers, key coercion, indent/separators/sort_keys, escaping.
import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [None, True, False, 0, -1, 123456789, -2**63, 2**63, 2**100, -(10**30),
          0.0, -0.0, 1.0, 1.5, -2.25, 1e16, 1e15, 1e-5, 1e-4, 123.456, 0.1 + 0.2,
          1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan'),
          '', 'x', 'hello world', [], {}, (), [[]], [{}], ({},), (1, 'a', None)]:
    print(json.dumps(v))

# Strings: escapes with and without ensure_ascii.
s = 'q"b\\s/\b\f\n\r\t\x00\x01\x1f\x7f\x80\xe9\u0100\u20ac\uffff\U00010000\U0001f600 end'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({s: s}))
print(json.dumps([s], ensure_ascii=False))

# Keys: str, int, float, bool, None; others TypeError or skipped.
print(json.dumps({'s': 1, 2: 2, 3.5: 3, True: 4, False: 5, None: 6, -7: 7, 2**70: 8, 1e20: 9}))
print(json.dumps({float('nan'): 1, float('inf'): 2, float('-inf'): 3}))
show(lambda: json.dumps({float('nan'): 1}, allow_nan=False))
show(lambda: json.dumps({(1, 2): 'tuple key'}))
show(lambda: json.dumps({frozenset(): 1}))
show(lambda: json.dumps({b'k': 1}))
print(json.dumps({(1, 2): 'skipped', 'kept': 1, 3j: 'also skipped', 4: 'int'}, skipkeys=True))
print(json.dumps({(1, 2): 'skipped'}, skipkeys=True))
print(json.dumps({(1, 2): 'skipped', 'a': [1]}, skipkeys=True, indent=2))

# indent (int, str, zero, negative), separators, sort_keys.
doc = {'name': 'x', 'list': [1, 2, [3, []], {}], 'obj': {'b': None, 'a': True}, 'e': []}
for kw in [dict(indent=2), dict(indent=0), dict(indent=-3), dict(indent='\t'),
           dict(indent='--'), dict(indent=4, sort_keys=True), dict(sort_keys=True),
           dict(separators=(',', ':')), dict(separators=(' ,', ' : '), indent=1),
           dict(indent=2, separators=(', ', ': ')), dict(separators=('', '')),
           dict(indent=True)]:
    print(kw)
    print(json.dumps(doc, **kw))
show(lambda: json.dumps([1], indent=2.5))
show(lambda: json.dumps([1, 2], separators=(1, 2)))
show(lambda: json.dumps({'a': 1}, separators=(',', 5)))
show(lambda: json.dumps([1], separators=(',',)))

# sort_keys with mixed or unorderable keys.
print(json.dumps({3: 'c', 1: 'a', 2.5: 'b'}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'B': 3, '\xe9': 4, 'aa': 5}, sort_keys=True))
show(lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
show(lambda: json.dumps({'a': 2, 1: 1}, sort_keys=True))
show(lambda: json.dumps({None: 2, 'x': 1}, sort_keys=True))

# allow_nan=False in the one-shot path and with indent.
show(lambda: json.dumps([1.0, float('nan')], allow_nan=False))
show(lambda: json.dumps(float('inf'), allow_nan=False))
show(lambda: json.dumps([float('-inf')], allow_nan=False, indent=1))
show(lambda: json.dumps({'k': float('nan')}, allow_nan=False, sort_keys=True, indent=1))

# Circular references.
lst = [1]
lst.append(lst)
show(lambda: json.dumps(lst))
show(lambda: json.dumps(lst, indent=1))
d = {'k': 1}
d['self'] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps([d]))
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
print(json.dumps([shared, shared], check_circular=False))


class Node:
    pass


n = Node()
show(lambda: json.dumps(n, default=lambda o: o))
show(lambda: json.dumps(n, default=lambda o: [o]))
show(lambda: json.dumps([[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]))
deep = []
for _ in range(200):
    deep = [deep]
print(len(json.dumps(deep)))

# Unsupported types and default=.
show(lambda: json.dumps(object()))
show(lambda: json.dumps({'a': {1, 2}}))
show(lambda: json.dumps(b'bytes'))
show(lambda: json.dumps(1j))
show(lambda: json.dumps(range(3)))
print(json.dumps({'s': {3, 1, 2}, 'r': range(3)}, default=lambda o: sorted(o) if isinstance(o, set) else list(o)))
print(json.dumps([Node()], default=lambda o: {'node': type(o).__name__}))
print(json.dumps(Node(), default=lambda o: 'string from default'))
print(json.dumps(Node(), default=lambda o: None))
show(lambda: json.dumps(Node(), default=lambda o: 1 / 0))
show(lambda: json.dumps([1, 2], bogus=True))
