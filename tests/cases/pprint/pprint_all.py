import pprint
import collections
import types

data = {
    'name': 'wasipy', 'version': (0, 1, 0), 'tags': ['python', 'rust', 'wasm', 'sandbox'],
    'nested': {'a': list(range(30)), 'b': {'c': {'d': {'e': 'deep'}}}, 'z': None},
    'numbers': [1.5, 2**70, -3, 1e-10, complex(1, 2)], 'flags': {True, False},
    'text': 'The quick brown fox jumps over the lazy dog. ' * 4,
    'bytes': bytes(range(40)), 'ba': bytearray(b'hello world, this is a long bytearray value!'),
    (1, 2): 'tuple key', 3: 'int key',
}
for width in [80, 60, 40, 20, 1]:
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- indent 4')
pprint.pprint(data, indent=4, width=50)
print('--- depth')
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=40)
print('--- compact')
pprint.pprint(list(range(100)), compact=True)
pprint.pprint([list(range(10))] * 5, compact=True, width=40)
pprint.pprint(['a' * 10] * 12, compact=True, width=35)
print('--- sort_dicts')
pprint.pprint({'b': 1, 'a': 2, 'c': [3] * 30}, sort_dicts=False)
pprint.pp({'b': 1, 'a': 2, 'c': [3] * 30})
print('--- underscore')
pprint.pprint([10**12, 12345, 2**64], underscore_numbers=True)
print('--- scalars')
for v in [1, 'x', None, 1.5, (), [], {}, set(), frozenset(), (1,), 'a\nb', b'', b'abcd', b'abcde']:
    print(pprint.pformat(v))
print('--- strings')
s = 'line one is long enough to wrap around\nline two\n' + 'word ' * 30
pprint.pprint(s, width=30)
pprint.pprint([s], width=30)
pprint.pprint({'k': s}, width=40)
pprint.pprint('x' * 100, width=20)
pprint.pprint('a b' * 20 + '\t\tend  ', width=25)
print('--- bytes')
pprint.pprint(bytes(range(64)), width=30)
pprint.pprint([bytes(range(30))], width=30)
pprint.pprint(bytearray(range(50)), width=40)
print('--- sets')
pprint.pprint(set(range(40)), width=40)
pprint.pprint(frozenset(range(40)), width=40)
pprint.pprint({'x', 1, 2.5, (1,)}, width=10)
print('--- collections')
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(collections.OrderedDict(), width=40)
dd = collections.defaultdict(list, {i: [i] * 3 for i in range(8)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter('abracadabra' * 3), width=30)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=30), width=40)
pprint.pprint(collections.ChainMap({'a': list(range(10))}, {'b': list(range(10))}), width=40)
pprint.pprint(collections.UserList(range(40)), width=40)
pprint.pprint(collections.UserDict({i: str(i) * 5 for i in range(10)}), width=40)
pprint.pprint(types.MappingProxyType({i: 'v' * 10 for i in range(8)}), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta='b' * 40, gamma={'x': 1}), width=40)
NT = collections.namedtuple('NT', 'first second')
pprint.pprint([NT(list(range(10)), 'x' * 40)] * 2, width=40)
print('--- recursion')
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(' with id=')[0], pprint.isrecursive(r), pprint.isreadable(r))
d = {'a': 1}
d['self'] = d
print(pprint.pformat(d).split(' with id=')[0])
print(pprint.isreadable([1, 'a', (2, 3.5)]), pprint.isreadable(object()), pprint.isreadable({'a': object}))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.saferepr('str'))
print('--- unsortable')
pprint.pprint({1: 'a', 'b': 2, None: 3, (1,): 4}, width=20)
pprint.pprint({3, 'a', None}, width=10)
print('--- PrettyPrinter')
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat(data['nested']))
print(pp.isreadable([1]), pp.isrecursive([1]))
print(pp.format([1, 2], {}, 0, 0))
import io
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf).pprint({'x': 1})
print(repr(buf.getvalue()))
for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)

class Custom:
    def __repr__(self):
        return 'Custom(' + 'x' * 60 + ')'
pprint.pprint([Custom(), Custom()], width=40)
class MyDict(dict):
    pass
class MyList(list):
    def __repr__(self):
        return 'MyList!'
pprint.pprint(MyDict({i: i for i in range(30)}), width=40)
pprint.pprint([MyList(range(40))] * 2, width=20)
